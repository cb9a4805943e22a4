import Foundation
import TasterTestSupport
import Testing
@testable import TasterCommands

/// `TASTER_TEST_IDLE_SECONDS`, the idle time in seconds that only tests give (so that the idle
/// warning can be seen in a real terminal without waiting minutes): a bad value is refused
/// before the kiosk starts, rather than taken as the usual ten minutes and a test left waiting.
@Suite("The kiosk's idle time for tests", .ownThread)
struct KioskIdleSettingTests {
    @Test("whole seconds from 2 to 600 are taken; anything else is not", arguments: [
        ("2", 2.0), ("10", 10.0), (" 30 ", 30.0), ("600", 600.0),
        ("1", nil), ("0", nil), ("-5", nil), ("601", nil), ("2.5", nil), ("ten", nil),
    ] as [(String, Double?)])
    func parsing(setting: String, seconds: Double?) {
        #expect(KioskCommand.testIdleSeconds(setting) == seconds)
    }

    @Test("a bad value stops the kiosk with a message that names the setting and what it takes", arguments: ["0", "abc", "9000"])
    func badValueIsRefused(setting: String) throws {
        let harness = try CommandHarness()
        harness.variables[KioskCommand.testIdleSecondsVariable] = setting
        let run = harness.run(["kiosk"])
        #expect(run.status != 0)
        #expect(run.errors.contains("TASTER_TEST_IDLE_SECONDS must be a whole number of seconds from 2 to 600, not \"\(setting)\". It is for tests only; leave it unset at a library."),
                "\(run.errors)")
        #expect(!run.output.contains("Welcome to Taster!"), "the kiosk started:\n\(run.output)")
    }
}
