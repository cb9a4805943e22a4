import TasterLessons
import TasterStore
import TasterWording

extension ImpactReport {
    /// A report across a library service's branches: the figures of `impact.total` (each
    /// learner counted once), then a row for each branch. `branch` is the one asked for, or
    /// nil for all of them.
    public init(_ impact: ServiceImpact, branch: String?, period: ReportPeriod, library: [Lesson], words: Catalogue = .english) {
        self.init(impact.total, period: period, library: library, words: words)
        branchScope = branch.map { words.text(.reportScopeBranch, ["branch": $0]) } ?? words.text(.reportScopeAllBranches)
        branches = impact.branches.map { branch in
            let data = branch.impact
            return BranchRow(
                name: branch.name, sessionsHeld: data.sessions.count, learners: data.learnerCount,
                lessonsStarted: data.lessons.reduce(0) { $0 + $1.started }, lessonsCompleted: data.lessons.reduce(0) { $0 + $1.completed },
                hintsUsed: data.lessons.reduce(0) { $0 + $1.hintsUsed })
        }
    }
}
