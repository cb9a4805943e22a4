/// A pattern compiled into a list of states, run over a line by following every possible path at
/// once (Thompson's construction). Each character of the line visits each state at most once,
/// so a match takes at most `line length × states` steps, whatever the pattern: there is no
/// backtracking, and so no pattern that can take minutes.
struct PatternMachine: Sendable {
    /// The most states a pattern may compile to; `{n,m}` copies its group, so this bounds it.
    static let mostStates = 4_000

    enum State: Sendable {
        case character(PatternCharacterSet, next: Int)
        /// Either way: both are followed.
        case split(Int, Int)
        case jump(Int)
        case assertion(PatternAssertion, lookahead: Int?, next: Int)
        case accept
    }

    private(set) var states: [State] = []
    /// The start of each lookahead's own machine, numbered in the order they are met.
    private(set) var lookaheadStarts: [Int] = []
    let start: Int

    /// `pattern` compiled, or why it cannot be.
    init(_ pattern: String) throws(PatternSyntaxError) {
        let tree = try PatternParser.parse(pattern)
        var builder = Builder()
        start = try builder.compile(tree, then: builder.accept())
        states = builder.states
        lookaheadStarts = builder.lookaheadStarts
    }

    /// Whether the machine matches all of `line`; `steps` counts the states visited, so that
    /// tests can show the work grows with the line and the pattern, never faster.
    func matchesWhole(_ line: [Character], steps: inout Int) -> Bool {
        var memo: [Int: [Int: Bool]] = [:]
        return run(from: start, at: 0, in: line, whole: true, steps: &steps, memo: &memo)
    }

    /// Runs the states from `entry` over `line` from `offset`. With `whole`, the accept state
    /// must be reached at the line's end; otherwise anywhere (a lookahead's prefix match).
    private func run(from entry: Int, at offset: Int, in line: [Character], whole: Bool,
                     steps: inout Int, memo: inout [Int: [Int: Bool]]) -> Bool {
        var current: [Int] = []
        var seen = [Int](repeating: -1, count: states.count)
        var generation = 0
        var accepted = false
        // Adds `state` and every state reachable from it without reading a character.
        func add(_ state: Int, at position: Int, to list: inout [Int]) {
            var pending = [state]
            while let next = pending.popLast() {
                if seen[next] == generation { continue }
                seen[next] = generation
                steps += 1
                switch states[next] {
                case .character: list.append(next)
                case .split(let first, let second): pending.append(second); pending.append(first)
                case .jump(let target): pending.append(target)
                case .accept: if !whole || position == line.count { accepted = true }
                case .assertion(let assertion, let lookahead, let target):
                    if holds(assertion, lookahead: lookahead, at: position, in: line, steps: &steps, memo: &memo) {
                        pending.append(target)
                    }
                }
            }
        }
        add(entry, at: offset, to: &current)
        var position = offset
        while position < line.count, !current.isEmpty, !(accepted && !whole) {
            generation += 1
            var following: [Int] = []
            let character = line[position]
            for state in current {
                guard case .character(let set, let next) = states[state] else { continue }
                steps += 1
                if set.contains(character) { add(next, at: position + 1, to: &following) }
            }
            current = following
            position += 1
        }
        return accepted
    }

    private func holds(_ assertion: PatternAssertion, lookahead: Int?, at position: Int, in line: [Character],
                       steps: inout Int, memo: inout [Int: [Int: Bool]]) -> Bool {
        func isWord(_ index: Int) -> Bool {
            index >= 0 && index < line.count && PatternCharacterSet.isWord(line[index])
        }
        switch assertion {
        case .lineStart: return position == 0
        case .lineEnd: return position == line.count
        case .wordBoundary: return isWord(position - 1) != isWord(position)
        case .notWordBoundary: return isWord(position - 1) == isWord(position)
        case .lookahead(_, let negative):
            guard let lookahead else { return false }
            // Each lookahead is worked out at most once per position.
            if let known = memo[lookahead]?[position] { return known != negative }
            let found = run(from: lookaheadStarts[lookahead], at: position, in: line, whole: false, steps: &steps, memo: &memo)
            memo[lookahead, default: [:]][position] = found
            return found != negative
        }
    }

    /// Turns a tree into states, each part compiled to lead on to the state given.
    private struct Builder {
        var states: [State] = []
        var lookaheadStarts: [Int] = []

        mutating func add(_ state: State) throws(PatternSyntaxError) -> Int {
            guard states.count < PatternMachine.mostStates else {
                throw PatternSyntaxError(reason: ProblemFact(.patternTooLarge))
            }
            states.append(state)
            return states.count - 1
        }

        mutating func accept() -> Int {
            states.append(.accept)
            return states.count - 1
        }

        /// Compiles `node` so that it continues at `next`; returns its first state.
        mutating func compile(_ node: PatternNode, then next: Int) throws(PatternSyntaxError) -> Int {
            switch node {
            case .empty:
                return next
            case .character(let set):
                return try add(.character(set, next: next))
            case .sequence(let parts):
                var entry = next
                for part in parts.reversed() { entry = try compile(part, then: entry) }
                return entry
            case .either(let branches):
                var entries: [Int] = []
                for branch in branches { entries.append(try compile(branch, then: next)) }
                var entry = entries[entries.count - 1]
                for other in entries.dropLast().reversed() { entry = try add(.split(other, entry)) }
                return entry
            case .repeated(let inner, let least, let most):
                var entry = next
                if let most {
                    // Up to (most - least) optional copies, each able to stop.
                    for _ in 0..<(most - least) {
                        let body = try compile(inner, then: entry)
                        entry = try add(.split(body, next))
                    }
                } else {
                    // A loop: split into the body or out; the body jumps back to the split.
                    let loop = try add(.jump(0))
                    let body = try compile(inner, then: loop)
                    let split = try add(.split(body, entry))
                    states[loop] = .jump(split)
                    entry = split
                }
                for _ in 0..<least { entry = try compile(inner, then: entry) }
                return entry
            case .assertion(let assertion):
                var lookahead: Int?
                if case .lookahead(let inner, _) = assertion {
                    let ownAccept = accept()
                    let ownStart = try compile(inner, then: ownAccept)
                    lookaheadStarts.append(ownStart)
                    lookahead = lookaheadStarts.count - 1
                }
                return try add(.assertion(assertion, lookahead: lookahead, next: next))
            }
        }
    }
}
