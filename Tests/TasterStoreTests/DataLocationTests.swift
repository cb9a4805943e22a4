import Foundation
import TasterTestSupport
import Testing
@testable import TasterStore

@Suite("Where the progress file lives", .ownThread)
struct DataLocationTests {
    private let home = URL(fileURLWithPath: "/home/volunteer")
    private let here = URL(fileURLWithPath: "/srv/library")

    private func resolve(_ option: String?, _ environment: [String: String]) -> DataLocation {
        DataLocation.resolve(
            dataDirOption: option, environment: environment, currentDirectory: here,
            fallbackHome: URL(fileURLWithPath: "/nonexistent"))
    }

    @Test("the order is --data-dir, TASTER_DATA_DIR, XDG_DATA_HOME, then ~/.local/share", arguments: [
        ("/opt/a", ["TASTER_DATA_DIR": "/opt/b", "XDG_DATA_HOME": "/opt/c", "HOME": "/home/volunteer"], "/opt/a", DataLocation.Source.option),
        (nil, ["TASTER_DATA_DIR": "/opt/b", "XDG_DATA_HOME": "/opt/c", "HOME": "/home/volunteer"], "/opt/b", .environment),
        (nil, ["XDG_DATA_HOME": "/opt/c", "HOME": "/home/volunteer"], "/opt/c/taster", .xdgDataHome),
        (nil, ["HOME": "/home/volunteer"], "/home/volunteer/.local/share/taster", .home),
        ("", ["TASTER_DATA_DIR": "", "XDG_DATA_HOME": "", "HOME": "/home/volunteer"], "/home/volunteer/.local/share/taster", .home),
        (nil, ["XDG_DATA_HOME": "relative/ignored", "HOME": "/home/volunteer"], "/home/volunteer/.local/share/taster", .home),
        ("progress", ["HOME": "/home/volunteer"], "/srv/library/progress", .option),
        ("~/taster-data", ["HOME": "/home/volunteer"], "/home/volunteer/taster-data", .option),
        (nil, ["TASTER_DATA_DIR": "~/shared", "HOME": "/home/volunteer"], "/home/volunteer/shared", .environment),
        (nil, [:], "/nonexistent/.local/share/taster", .home),
    ] as [(String?, [String: String], String, DataLocation.Source)])
    func order(option: String?, environment: [String: String], folder: String, source: DataLocation.Source) {
        let location = resolve(option, environment)
        #expect(location.folder.path == folder)
        #expect(location.source == source)
        #expect(location.databaseFile.lastPathComponent == "progress.sqlite")
        #expect(location.lockFile.lastPathComponent == "progress.lock")
        #expect(location.databaseFile.deletingLastPathComponent().path == folder)
    }
}
