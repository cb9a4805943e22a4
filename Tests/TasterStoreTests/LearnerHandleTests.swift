import TasterTestSupport
import Testing
@testable import TasterStore

@Suite("Learner handles on the live view", .ownThread)
struct LearnerHandleTests {
    private static func code(_ text: String) -> LearnerCode { LearnerCode(text)! }

    @Test("a handle is the first word and the number, longer only where two learners would share it")
    func handles() {
        let codes = ["maple river otter 42", "maple stone otter 42", "maple river finch 07", "cedar lake finch 17"].map(Self.code)
        let handles = LearnerHandle.handles(for: codes)
        #expect(codes.map { handles[$0] } == ["maple-river-42", "maple-stone-42", "maple-07", "cedar-17"])
        #expect(Set(handles.values).count == codes.count, "unique on the board")
        let twins = ["maple river otter 42", "maple river finch 42"].map(Self.code)
        #expect(twins.map { LearnerHandle.handles(for: twins)[$0] } == ["maple-river-otter-42", "maple-river-finch-42"])
    }

    @Test("a typed handle finds its learner, forgiving case and spaces; a short one shared by two finds both", arguments: [
        ("maple-07", ["maple-river-finch-07"]), ("MAPLE 07", ["maple-river-finch-07"]), ("maple-river-42", ["maple-river-otter-42"]),
        ("maple-42", ["maple-river-otter-42", "maple-stone-otter-42"]), ("maple-43", []), ("cedar", []), ("17", []),
        ("cedar lake finch otter 17", []),
    ])
    func matching(typed: String, expected: [String]) {
        let codes = ["maple river otter 42", "maple stone otter 42", "maple river finch 07", "cedar lake finch 17"].map(Self.code)
        #expect(LearnerHandle.matches(typed, in: codes).map(\.rawValue) == expected)
    }

    @Test("every handle a board shows finds exactly that learner")
    func roundTrip() {
        let codes = ["maple river otter 42", "maple stone otter 42", "maple river finch 07", "cedar lake finch 17"].map(Self.code)
        for (code, handle) in LearnerHandle.handles(for: codes) {
            #expect(LearnerHandle.matches(handle, in: codes) == [code])
        }
    }
}
