import Foundation
import GRDB
import TasterTestSupport
import Testing
@testable import TasterStore

@Suite("Stored times", .ownThread)
struct StoredTimeTests {
    /// Moments across years, leap days, midnight and every kind of millisecond.
    static let moments: [Date] = [
        Date(timeIntervalSince1970: 0),
        Date(timeIntervalSince1970: -86_400.25),           // 1969-12-30
        Date(timeIntervalSince1970: 4_107_542_400),        // 2100-03-01, after a year that is not leap
        Date(timeIntervalSince1970: 951_782_400),          // 2000-02-29
        Date(timeIntervalSince1970: 1_795_996_799.999_9),  // a breath before midnight
        Date(timeIntervalSince1970: 1_795_996_800.000_4),
        Date(timeIntervalSince1970: 1_796_009_713.123_456),
        Date(timeIntervalSince1970: 1_796_009_713.999_5),
        Date(timeIntervalSince1970: 4_102_444_800.5),      // 2100-01-01
    ] + (0..<200).map { Date(timeIntervalSince1970: 1_700_000_000 + Double($0) * 86_399.987_654_3) }

    @Test("the text is exactly what GRDB stores for a date, so old and new rows compare alike")
    func sameTextAsGRDB() throws {
        for moment in Self.moments {
            let ours = StoredTime.text(moment)
            let grdbs = try #require(String.fromDatabaseValue(moment.databaseValue))
            #expect(ours == grdbs, "\(moment.timeIntervalSince1970)")
        }
    }

    @Test("a stored time reads back as the same moment, to the millisecond")
    func readsBack() throws {
        for moment in Self.moments {
            let read = try #require(Date.fromDatabaseValue(StoredTime.value(moment)))
            #expect(abs(read.timeIntervalSince1970 - moment.timeIntervalSince1970) < 0.001)
        }
    }

    @Test("stored text is read back as GRDB reads it")
    func readsAsGRDBDoes() throws {
        for moment in Self.moments {
            let stored = moment.databaseValue
            let ours = try #require(StoredTime.date(stored))
            let grdbs = try #require(Date.fromDatabaseValue(stored))
            // GRDB goes through calendar components, which can differ in the last bits.
            #expect(abs(ours.timeIntervalSince1970 - grdbs.timeIntervalSince1970) < 0.000_001, "\(String.fromDatabaseValue(stored) ?? "")")
        }
    }

    @Test("other forms are left to GRDB", arguments: [
        "2026-11-30", "2026-11-30 06:55", "2026-11-30T06:55:13.123Z", "2026-13-01 00:00:00.000", "not a date", "",
    ])
    func otherForms(text: String) {
        #expect(StoredTime.date(text.databaseValue) == Date.fromDatabaseValue(text.databaseValue))
    }

    @Test("no date is written and nil is NULL")
    func nilIsNull() {
        #expect(StoredTime.value(nil as Date?) == .null)
    }
}
