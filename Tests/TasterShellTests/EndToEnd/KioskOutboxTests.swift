import Foundation
import TasterServiceStore
import TasterStore
import TasterTestSupport
import Testing

/// `taster kiosk` at a library service's terminal, in a real terminal, when the server goes away
/// while a learner is at the kiosk and comes back before the next one: the learner carries on,
/// what they did waits in the outbox, and it reaches the server once.
@Suite(.enabled(if: !EditLineChildProgram.isChild), .ownThread)
struct KioskOutboxTests {
    static func count(_ sql: String, _ parameters: [String?] = [], on database: PostgresAddress) throws -> Int {
        Int(try PostgresConnection(address: database).execute(sql, parameters).single ?? "") ?? -1
    }

    @Test("the server stopped mid-lesson at a kiosk and started before the next person: every step reaches the server once, and the outbox is empty")
    func serverAwayMidLessonThenBack() throws {
        guard TestServer.isAvailable else { return }
        let server = try PrivateServer()
        defer { server.remove() }
        let database = try server.makeDatabase()
        let address = "host=\(database.value(of: "host") ?? "") port=\(server.port) user=taster_test dbname=\(database.value(of: "dbname") ?? "") passfile=\(database.value(of: "passfile") ?? "")"
        let data = try ScratchFolder()
        let settings = URL(fileURLWithPath: data.path).appendingPathComponent("taster.yaml")
        try Data("store: \(address)\nbranch: Halifax Central\n".utf8).write(to: settings)
        // The data folder (and its outbox) through the environment: --data-dir names an embedded store.
        let environment = ["TASTER_SETTINGS": settings.path, "TASTER_DATA_DIR": data.path]
        // The branch's volunteer passphrase, on the server, to leave kiosk mode at the end.
        let passphrase = try TasterRunner.run(
            ["volunteer", "passphrase"], input: TasterProgram.volunteerPassphrase + "\n" + TasterProgram.volunteerPassphrase + "\n",
            environment: environment, timeout: 120)
        #expect(passphrase.status == 0, "\(passphrase.output)\(passphrase.error)")

        let term = try TasterProgram.start(["kiosk", "--lessons", TasterProgram.fixtureLessons],
                                           environment: environment, columns: 500)
        defer { term.close() }
        let code = try TasterProgram.becomeNewLearner(term).code
        try term.answer("Type a lesson number, or quit to leave: ", with: "1")
        try term.answerFixtureSteps(1...2)
        try term.waitFor("Step 3 of 7")
        #expect(try Self.count("SELECT count(*) FROM step_event", on: database) == 2, "saved on the server while it answers")

        try server.stop()
        let step = TasterProgram.fixtureSteps[2]
        try term.answer(step.prompt, with: step.answer)
        try term.answerFixtureSteps(4...7)
        try term.answer("Type a lesson number, or quit to leave: ", with: "quit", timeout: 30)
        let goodbye = try term.waitFor("Press Enter to clear the screen for the next person: ", timeout: 30)
        let kept = "what you do is kept safely on this computer and sent to the server when it answers again"
        #expect(term.screenText.components(separatedBy: kept).count - 1 == 1, "told once:\n\(term.screenText)")
        #expect(goodbye.contains("will be sent to the library's server when it answers"), "\(goodbye)")
        #expect(try Outbox.open(in: URL(fileURLWithPath: data.path)).backlog().count > 0, "waiting on this computer")

        // Back before the next person: their welcome sends what waited.
        try server.start()
        try term.waitForRawMode()
        try term.type("\r")
        try term.answer("Type 1 or 2: ", with: "leave kiosk", timeout: 30)
        _ = try term.waitFor("Volunteer passphrase: ", timeout: 30)
        try term.waitForRawMode()
        try term.type(TasterProgram.volunteerPassphrase + "\r")
        #expect(try term.waitForExit(timeout: 60) == .exited(0))

        #expect(try Outbox.open(in: URL(fileURLWithPath: data.path)).backlog().count == 0, "the outbox drained")
        #expect(try Self.count("SELECT count(*) FROM step_event", on: database) == 7, "every step, once")
        #expect(try Self.count("SELECT count(DISTINCT step_index) FROM step_event", on: database) == 7)
        #expect(try Self.count("SELECT count(*) FROM learner WHERE code = $1", [code], on: database) == 1)
        #expect(try Self.count("""
            SELECT count(*) FROM lesson_progress p JOIN learner l ON l.id = p.learner_id
            WHERE l.code = $1 AND p.completed_at IS NOT NULL
            """, [code], on: database) == 1, "the lesson is done on the server")

        // The kiosk started again sends nothing twice.
        let again = try TasterRunner.run(["kiosk", "--lessons", TasterProgram.fixtureLessons, "--language", "en"],
                                         input: "", environment: environment, timeout: 30)
        #expect(!again.timedOut)
        #expect(try Self.count("SELECT count(*) FROM step_event", on: database) == 7, "nothing twice")
    }
}
