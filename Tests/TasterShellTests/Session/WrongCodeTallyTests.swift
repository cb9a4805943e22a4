import Foundation
import Testing
@testable import TasterShell
import TasterStore
import TasterTestSupport

/// The pause after unknown codes is kept per terminal, across learners and restarts.
@Suite("Unknown codes, counted per terminal", .ownThread)
struct WrongCodeTallyTests {
    private static let unknown = ["amber-apple-arcade-17", "basil-bakery-banana-3", "atlas-attic-autumn-99"]

    /// One learner's visit at a terminal whose tally is `tally`; the pauses it asked for.
    private func visit(_ lines: [String], tally: any WrongCodeTally) throws -> [TimeInterval] {
        let screen = ScreenLog()
        let pauses = PauseLog()
        var context = SessionTestSupport.context(reader: ScriptedLineReader(lines: lines), screen: screen, pauses: pauses)
        context.wrongCodes = tally
        _ = LearnerVisit(context: context, library: SessionTestSupport.library(), store: try ProgressDatabase.inMemory()).run()
        return pauses.pauses
    }

    @Test("the next learner at the terminal does not start the count again")
    func nextLearnerKeepsTheCount() throws {
        let tally = MemoryWrongCodeTally()
        #expect(try visit(["2"] + Array(Self.unknown.prefix(2)), tally: tally) == [], "two wrong codes, then Ctrl-D")
        #expect(try visit(["2", Self.unknown[2]], tally: tally) == [2], "the third at this terminal brings the pause")
        #expect(try visit(["2", "amber-apple-arcade-18"], tally: tally) == [4])
    }

    @Test("a taster started again on the same terminal keeps the count in the data folder")
    func restartKeepsTheCount() throws {
        let folder = try TemporaryFolder(prefix: "taster-wrong-codes")
        #expect(try visit(["2"] + Self.unknown, tally: FileWrongCodeTally(folder: folder.url, terminal: "library-pc-3 /dev/pts/1")) == [2])
        let again = FileWrongCodeTally(folder: folder.url, terminal: "library-pc-3 /dev/pts/1")
        #expect(try visit(["2", "amber-apple-arcade-18"], tally: again) == [4])
        let elsewhere = FileWrongCodeTally(folder: folder.url, terminal: "library-pc-4 /dev/pts/1")
        #expect(try visit(["2", "amber-apple-arcade-18"], tally: elsewhere) == [], "another terminal has its own count")
    }

    @Test("the file is the owner's alone and names no terminal")
    func fileIsPrivate() throws {
        let folder = try TemporaryFolder(prefix: "taster-wrong-codes")
        let tally = FileWrongCodeTally(folder: folder.url, terminal: "library-pc-3 /dev/pts/1")
        #expect(tally.addWrongCode(now: Date(timeIntervalSince1970: 1_000_000)) == 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: tally.url.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(!tally.url.lastPathComponent.contains("library-pc"))
        let text = try String(contentsOf: tally.url, encoding: .utf8)
        #expect(!text.contains("library-pc"))
    }

    @Test("after a quiet spell the count starts again; a damaged file starts it at one")
    func quietSpellAndDamage() throws {
        let folder = try TemporaryFolder(prefix: "taster-wrong-codes")
        let tally = FileWrongCodeTally(folder: folder.url, terminal: "t")
        let start = Date(timeIntervalSince1970: 1_000_000)
        #expect(tally.addWrongCode(now: start) == 1)
        #expect(tally.addWrongCode(now: start.addingTimeInterval(60)) == 2)
        let later = FileWrongCodeTally(folder: folder.url, terminal: "t")
        #expect(later.addWrongCode(now: start.addingTimeInterval(60 + WrongCodeCount.quietSpell)) == 1)
        try Data("not json".utf8).write(to: later.url)
        #expect(FileWrongCodeTally(folder: folder.url, terminal: "t").addWrongCode(now: start) == 1)
    }
}
