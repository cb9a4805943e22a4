import Foundation
import TasterServiceStore
import TasterTestSupport
import TasterWording
import Testing

/// The built taster at a library's terminals when the library service's server cannot be
/// reached at start: a server of the test's own, stopped and started, and addresses that refuse.
@Suite("taster when the library service's server cannot be reached at start, as separate processes", .ownThread)
struct OutboxProcessTests {
    static let lessons = RepositoryFiles.root.appendingPathComponent("Tests/Fixtures/lessons").path
    /// A new learner doing the whole fixture lesson, then leaving.
    static let wholeLesson = "1\n\n1\n\n1\nattachment\n250\nwww.example.org\nkettle meadow lantern violin\n2 3 1\n\nquit\n"

    /// The output with its lines joined, so a sentence wrapped at the terminal's width is found whole.
    static func unwrapped(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    static func count(_ sentence: WordKey, in text: String) -> Int {
        unwrapped(text).components(separatedBy: Catalogue.english.text(sentence)).count - 1
    }

    /// A settings file naming `store` for Halifax Central, in a folder of its own.
    static func settings(store: String, in folder: TemporaryFolder) throws -> String {
        let file = folder.child("taster-\(UUID().uuidString.prefix(6)).yaml")
        try Data("store: \(store)\nbranch: Halifax Central\n".utf8).write(to: file)
        return file.path
    }

    static func start(_ input: String, settings: String, data: URL) throws -> TasterRunner.Run {
        try TasterRunner.run(["start", "--plain", "--language", "en", "--lessons", lessons], input: input,
                             environment: ["TASTER_SETTINGS": settings, "TASTER_DATA_DIR": data.path], timeout: 60)
    }

    static func code(in output: String) throws -> String {
        let lines = output.split(whereSeparator: \.isNewline).map(String.init)
        let index = try #require(lines.firstIndex { $0.contains(Catalogue.english.text(.visitCodeBannerLabel)) })
        return try #require(lines[(index + 1)...].first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }).trimmingCharacters(in: .whitespaces)
    }

    @Test("the server down at start: the learner carries on, told once; started again, the outbox is sent at the next start, once, and the learner resumes at another terminal")
    func downAtStartThenBack() throws {
        guard TestServer.isAvailable else { return }
        let server = try PrivateServer()
        defer { server.remove() }
        let database = try server.makeDatabase()
        let address = "host=\(database.value(of: "host") ?? "") port=\(server.port) user=taster_test dbname=\(database.value(of: "dbname") ?? "") passfile=\(database.value(of: "passfile") ?? "")"
        let folder = try TemporaryFolder(prefix: "outbox-process")
        let settings = try Self.settings(store: address, in: folder)
        let here = folder.child("terminal-a")
        try server.stop()

        let away = try Self.start(Self.wholeLesson, settings: settings, data: here)
        #expect(away.status == 0)
        #expect(Self.count(.saverOutboxKept, in: away.output) == 1, "told once:\n\(away.output)")
        #expect(Self.unwrapped(away.output).contains(Catalogue.english.text(.goodbyeKeptForServer)), "the goodbye says where progress waits:\n\(away.output)")
        #expect(!Self.unwrapped(away.output).contains(Catalogue.english.text(.goodbyeSaved)), "not that it is saved")
        #expect(Self.unwrapped(away.output).contains(Catalogue.english.text(.visitCodeWriteDown).replacingOccurrences(of: "**", with: "")))
        let code = try Self.code(in: away.output)
        let status = try TasterRunner.run(["store", "status"], environment: ["TASTER_SETTINGS": settings, "TASTER_DATA_DIR": here.path])
        #expect(status.status != 0, "the server cannot be reached")
        #expect(status.output.contains("waiting to be sent"))

        try server.start()
        let back = try Self.start("quit\n", settings: settings, data: here)
        #expect(back.status == 0)
        #expect(Self.count(.saverOutboxKept, in: back.output) == 0)
        let connection = try PostgresConnection(address: database)
        #expect(try connection.execute("SELECT count(*) FROM step_event").single == "7", "every step, once")
        #expect(try connection.execute("SELECT count(DISTINCT step_index) FROM step_event").single == "7")
        #expect(try connection.execute("SELECT count(*) FROM learner WHERE code = $1", [code]).single == "1")
        let statusBack = try TasterRunner.run(["store", "status"], environment: ["TASTER_SETTINGS": settings, "TASTER_DATA_DIR": here.path])
        #expect(statusBack.status == 0)
        #expect(statusBack.output.contains(Catalogue.english.text(.storeStatusOutboxEmpty)))

        _ = try Self.start("quit\n", settings: settings, data: here)
        #expect(try connection.execute("SELECT count(*) FROM step_event").single == "7", "sent again at the next start, nothing changes")

        // Another terminal, with a data folder of its own, knows the learner and their finished lesson.
        let there = try Self.start("2\n\(code)\nquit\n", settings: settings, data: folder.child("terminal-b"))
        #expect(there.status == 0)
        #expect(there.output.contains("Every kind of step, 5 minutes (done)"), "\(there.output)")
        #expect(!Self.unwrapped(there.output).contains(Catalogue.english.text(.visitCodeUnknown, ["code": code])))
    }

    @Test("a refused connection and a wrong password at start: the learner carries on, told once, and a returning learner is told their earlier progress cannot be fetched", arguments: ["refused", "wrong password"])
    func refusedAtStart(kind: String) throws {
        let folder = try TemporaryFolder(prefix: "outbox-refused")
        let address: String
        var server: PrivateServer?
        if kind == "refused" {
            address = "host=127.0.0.1 port=1 user=taster dbname=taster connect_timeout=2"
        } else {
            guard TestServer.isAvailable else { return }
            let running = try PrivateServer()
            server = running
            let wrong = folder.child("pgpass")
            try Data("*:*:*:taster_test:not-the-password\n".utf8).write(to: wrong)
            chmod(wrong.path, 0o600)
            address = "host=\(running.address.value(of: "host") ?? "") port=\(running.port) user=taster_test dbname=postgres passfile=\(wrong.path)"
        }
        defer { server?.remove() }
        let settings = try Self.settings(store: address, in: folder)
        let data = folder.child("data")
        let first = try Self.start(Self.wholeLesson, settings: settings, data: data)
        #expect(first.status == 0)
        #expect(Self.count(.saverOutboxKept, in: first.output) == 1, "\(first.output)")
        #expect(first.output.contains("Well done: you have finished this lesson!"), "the lesson went on to the end")
        let code = try Self.code(in: first.output)

        let returning = try Self.start("2\n\(code)\nquit\n", settings: settings, data: data)
        #expect(returning.status == 0)
        #expect(Self.count(.visitEarlierProgressUnavailable, in: returning.output) == 1, "\(returning.output)")
        #expect(!Self.unwrapped(returning.output).contains(Catalogue.english.text(.visitCodeUnknown, ["code": code])), "never told they are unknown")
        #expect(!returning.output.contains(Catalogue.english.text(.visitCodeBannerLabel)), "never given a new code")
    }
}
