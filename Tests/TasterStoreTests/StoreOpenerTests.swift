import Foundation
import Testing
@testable import TasterStore
import TasterTestSupport

@Suite("Opening a store from its address, and the unsaved fallback", .ownThread)
struct StoreOpenerTests {
    @Test("an embedded address opens the file in the data folder, to write and then to read")
    func embedded() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let location = DataLocation(folder: temporary.child("data"))
        let address = StoreAddress.embedded(location)
        #expect(!address.storeExists)
        let store = try StoreOpener.open(address, now: ManualClock().closure)
        #expect(store.isPersistent && store.unsavedReason == nil)
        #expect(address.storeExists)
        #expect(FileManager.default.fileExists(atPath: location.databaseFile.path))
        let learner = try store.newLearner(nickname: "Sam")
        _ = try store.startSession(named: "Tuesday taster")
        try store.close()

        let reader = try StoreOpener.openForReading(address, now: ManualClock().closure)
        #expect(try reader.learner(code: learner.code)?.nickname == "Sam")
        #expect(try reader.openSession()?.name == "Tuesday taster")
        #expect(throws: StoreError.self) { try reader.newLearner(nickname: nil) }
        try reader.close()
        #expect(address.description == location.folder.path)
    }

    @Test("opening to read makes nothing where there is no store yet")
    func readingMakesNothing() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let address = StoreAddress.embedded(DataLocation(folder: temporary.url))
        #expect(throws: StoreError.self) { try StoreOpener.openForReading(address) }
        #expect(!address.storeExists)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.url.path).isEmpty)
    }

    @Test("a learner's store opens the file when it can, and otherwise stands in with the reason")
    func learnerFallsBack() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let good = openForLearner(temporary.child("data"))
        #expect(good.isPersistent && good.unsavedReason == nil)

        // A plain file where the data folder should be: the store cannot be made there.
        let blocked = temporary.child("not-a-folder")
        try Data("x".utf8).write(to: blocked)
        let address = StoreAddress.embedded(DataLocation(folder: blocked))
        var expected: StoreError?
        do { _ = try StoreOpener.open(address) } catch { expected = error }
        let fallback = StoreOpener.openForLearner(address, now: ManualClock().closure)
        #expect(fallback.unsavedReason != nil)
        #expect(fallback.unsavedReason == expected)
        #expect(fallback.isPersistent == false)
        let learner = try fallback.newLearner(nickname: nil)
        #expect(try fallback.learner(code: learner.code) == learner, "the visit carries on in memory")
    }

    private func openForLearner(_ folder: URL) -> any ProgressStore {
        StoreOpener.openForLearner(.embedded(DataLocation(folder: folder)), now: ManualClock().closure)
    }
}
