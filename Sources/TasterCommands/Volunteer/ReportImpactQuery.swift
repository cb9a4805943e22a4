import TasterReports
import TasterStore

/// The one place the report asks the progress file for its counts.
enum ReportImpactQuery {
    /// The counts for `period`: from midnight UTC at its first day to midnight after its last.
    static func impactData(in store: any VolunteerWatching, period: ReportPeriod) throws -> ImpactData {
        try store.impactData(since: period.start, until: period.end)
    }
}
