import Foundation
import TasterTestSupport
import Testing
@testable import TasterLessons

/// The bundled house rules built into taster are the same as the files in `lessons/rules`.
@Suite("Bundled rule lists", .ownThread)
struct BundledRuleListsTests {
    static let rulesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lessons/rules")

    @Test("each built-in copy matches its file (run scripts/update-built-in-rules after changing one)", arguments: [
        (RuleLists.brandNamesFileName, BundledRuleLists.brandNames),
        (RuleLists.allowedLinksFileName, BundledRuleLists.allowedLinks),
        (RuleLists.jargonFileName, BundledRuleLists.jargon),
    ])
    func matchesFile(name: String, copy: String) throws {
        let text = try String(contentsOf: Self.rulesFolder.appendingPathComponent(name), encoding: .utf8)
        func lines(_ text: String) -> [String] {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                .reversed().drop { $0.isEmpty }.reversed()
        }
        #expect(lines(copy) == lines(text))
    }

    @Test("the built-in lists hold every bundled entry")
    func builtInHoldsBundled() {
        #expect(RuleLists.builtIn.brandNames.contains(ListedPhrase("Skype")))
        #expect(RuleLists.builtIn.allowsLink(toHost: "www.citizensadvice.org.uk"))
    }
}
