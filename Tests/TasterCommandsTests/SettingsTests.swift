import Foundation
import TasterTestSupport
import Testing
@testable import TasterCommands

/// The site settings file, `taster settings`, and choosing the store.
@Suite("Settings and the store address", .ownThread)
struct SettingsTests {
    @Test("with no settings file, every value is the usual one and says so")
    func noFile() throws {
        let harness = try CommandHarness()
        let run = harness.run(["settings"])
        #expect(run.status == 0)
        #expect(run.output.contains("No settings file: taster looked for \(harness.systemSettingsFile.path)"))
        #expect(run.output.contains("the progress file in \(harness.dataLocation.folder.path)"))
        #expect(run.output.contains("TASTER_DATA_DIR"))
        #expect(run.output.contains("180 (180 when taster starts)"))
        #expect(run.output.contains("the usual 180 days"))
    }

    @Test("each value from the file is shown with its file and line, and is used")
    func valuesFromFile() throws {
        let harness = try CommandHarness()
        let settings = harness.folder.child("taster.yaml")
        let shared = harness.folder.child("branch-store")
        try harness.writeSettings("""
            # Halifax Central's terminals
            branch: Halifax Central
            store: \(shared.path)
            retention-days: 90
            idle-minutes: 15
            language: en
            """, to: settings)
        harness.variables["TASTER_SETTINGS"] = settings.path
        harness.variables["TASTER_DATA_DIR"] = nil
        let run = harness.run(["settings"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Halifax Central"))
        #expect(run.output.contains("\(settings.path):2"))
        #expect(run.output.contains("the progress file in \(shared.path)"))
        #expect(run.output.contains("\(settings.path):3"))
        #expect(run.output.contains("90 (90 when taster starts)"))
        #expect(run.output.contains("15 (kiosk"))
        #expect(run.output.contains("Settings file: \(settings.path)"))

        // The store named in the file is where a session is kept.
        #expect(harness.run(["session", "start", "Tuesday"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: shared.appendingPathComponent("progress.sqlite").path))
    }

    @Test("the system file comes before the user's own, so a learner's account cannot redirect a terminal")
    func systemFileFirst() throws {
        let harness = try CommandHarness()
        try harness.writeSettings("branch: Halifax Central\n", to: harness.systemSettingsFile)
        try harness.writeSettings("branch: Somewhere Else\n", to: harness.folder.child("config/taster/taster.yaml"))
        let run = harness.run(["settings"])
        #expect(run.output.contains("Halifax Central"))
        #expect(!run.output.contains("Somewhere Else"))
        try FileManager.default.removeItem(at: harness.systemSettingsFile)
        #expect(harness.run(["settings"]).output.contains("Somewhere Else"))
    }

    @Test("a mistake in the file is shown as path:line:col, and the rest still counts")
    func mistakes() throws {
        let harness = try CommandHarness()
        let settings = harness.folder.child("taster.yaml")
        try harness.writeSettings("branch: Halifax Central\nretension-days: 30\nlanguage: pl\n", to: settings)
        harness.variables["TASTER_SETTINGS"] = settings.path
        let run = harness.run(["settings"])
        #expect(run.status == 1)
        #expect(run.errors.contains("\(settings.path):2:1: error: \"retension-days\" is not a taster setting; the settings are: store, branch, language, retention-days, idle-minutes."))
        #expect(run.errors.contains("taster does not speak pl yet"))
        #expect(run.output.contains("Halifax Central"))
    }

    @Test("a password in --store is refused and never echoed; nothing is opened")
    func passwordOnCommandLine() throws {
        let harness = try CommandHarness()
        for arguments in [["session", "list"], ["start"], ["settings"]] {
            let run = harness.run(arguments + ["--store", "postgresql://taster:hunter2secret@db.example.org/taster"])
            #expect(run.status == 1, "\(arguments)")
            #expect(run.errors.contains("does not take a password on the command line"), "\(arguments): \(run.errors)")
            #expect(!run.errors.contains("hunter2secret") && !run.output.contains("hunter2secret"))
        }
        #expect(!FileManager.default.fileExists(atPath: harness.dataLocation.databaseFile.path))
    }

    @Test("a PostgreSQL address from the variable with no branch set is refused plainly, asking for the branch", arguments: [
        "postgresql://db.example.org/taster", "service=taster", "host=/run/postgresql dbname=taster",
    ])
    func serviceAddress(address: String) throws {
        let harness = try CommandHarness()
        harness.variables["TASTER_STORE"] = address
        let run = harness.run(["session", "list"])
        #expect(run.status == 1)
        #expect(run.errors.contains("The store in TASTER_STORE is a library service's PostgreSQL server"))
        #expect(run.errors.contains("Nothing was opened or changed."))
        #expect(run.errors.contains("`branch: Halifax Central`"), "says how to set the branch: \(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: harness.dataLocation.databaseFile.path))

        let withPassword = harness.run(["report"], answers: [])
        #expect(withPassword.status == 1)
        harness.variables["TASTER_STORE"] = "postgresql://taster:pw12345678@db.example.org/taster"
        let refused = harness.run(["report"])
        #expect(refused.errors.contains("holds a password"))
        #expect(!refused.errors.contains("pw12345678"))
    }

    @Test("the settings file's retention is what a purge keeps")
    func retentionFromFile() throws {
        let harness = try CommandHarness()
        try harness.unlockForScripts()
        let settings = harness.folder.child("taster.yaml")
        try harness.writeSettings("retention-days: 60\n", to: settings)
        harness.variables["TASTER_SETTINGS"] = settings.path
        _ = try harness.learnerWhoFinished("online-forms")
        harness.clock.advance(days: 70)
        let run = harness.run(["purge", "--dry-run"])
        #expect(run.output.contains("1 learner inactive for more than 60 days would be erased:"))
    }
}
