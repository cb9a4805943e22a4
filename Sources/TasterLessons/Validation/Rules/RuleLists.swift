import Foundation

/// The word lists the content rules use: brand names, sites lessons may link to, and jargon.
///
/// Each list is plain text, one entry per line; blank lines and everything after a `#` are ignored.
/// A brand or jargon line starting with `=` matches only with that exact capitalisation
/// (`=Apple` catches "Apple" but not "an apple"); other lines match whatever the case.
public struct RuleLists: Sendable {
    /// The folder, inside the lessons folder, that holds the list files.
    public static let folderName = "rules"
    /// The file of brand names that lessons must not mention.
    public static let brandNamesFileName = "brand-names.txt"
    /// The file of sites (domain suffixes) that lessons may link to.
    public static let allowedLinksFileName = "allowed-links.txt"
    /// The file of jargon words that a lesson must explain when it uses them.
    public static let jargonFileName = "jargon.txt"

    /// Brand, bank, product and app names that lessons must not mention.
    public let brandNames: [ListedPhrase]
    /// Domain suffixes lessons may link to: `gov.uk` allows `gov.uk` and `www.gov.uk`, not `notgov.uk`.
    public let allowedLinkHosts: [String]
    /// Words a learner may not know, which a lesson must explain when it uses them.
    public let jargonWords: [ListedPhrase]

    let brandMatcher: PhraseMatcher
    let jargonMatcher: PhraseMatcher

    /// Creates lists from their entries; hosts are tidied (lower case, no scheme, no leading `*.`).
    public init(brandNames: [ListedPhrase], allowedLinkHosts: [String], jargonWords: [ListedPhrase]) {
        self.brandNames = RuleLists.unique(brandNames)
        self.allowedLinkHosts = RuleLists.unique(allowedLinkHosts.compactMap(RuleLists.normalisedHost))
        self.jargonWords = RuleLists.unique(jargonWords)
        brandMatcher = PhraseMatcher(self.brandNames, matchingPlurals: false)
        jargonMatcher = PhraseMatcher(self.jargonWords, matchingPlurals: true)
    }

    /// Reads the three lists from the text of their files.
    public static func parse(brands: String, allowedLinks: String, jargon: String) -> RuleLists {
        RuleLists(
            brandNames: phrases(in: brands),
            allowedLinkHosts: lines(of: allowedLinks),
            jargonWords: phrases(in: jargon)
        )
    }

    /// These lists with another's entries added, so authors can extend the built-in lists.
    public func merging(_ other: RuleLists) -> RuleLists {
        RuleLists(
            brandNames: brandNames + other.brandNames,
            allowedLinkHosts: allowedLinkHosts + other.allowedLinkHosts,
            jargonWords: jargonWords + other.jargonWords
        )
    }

    /// Whether a link to this host is allowed: it is a listed suffix or ends with `.` and one.
    public func allowsLink(toHost host: String) -> Bool {
        let host = host.lowercased()
        return allowedLinkHosts.contains { suffix in
            host == suffix || (host.hasSuffix(suffix) && host.dropLast(suffix.count).hasSuffix("."))
        }
    }

    /// The lists every lesson folder gets: the short built-in lists and the bundled library's own
    /// (`lessons/rules`, copied in), so a folder with no rules of its own is checked exactly like
    /// the bundled lessons. A folder's own rules files add to these.
    public static let builtIn = RuleLists.parse(
        brands: BuiltInRuleLists.brandNames,
        allowedLinks: BuiltInRuleLists.allowedLinks,
        jargon: BuiltInRuleLists.jargon
    ).merging(bundled)

    /// The bundled library's lists (`lessons/rules/*.txt`), as built into taster.
    public static let bundled = RuleLists.parse(
        brands: BundledRuleLists.brandNames,
        allowedLinks: BundledRuleLists.allowedLinks,
        jargon: BundledRuleLists.jargon
    )

    /// The three list files' names, in the order they are read.
    public static let fileNames = [brandNamesFileName, allowedLinksFileName, jargonFileName]

    /// A line without its `#` comment and surrounding spaces.
    static func content(of line: Substring) -> String {
        let beforeComment = line.firstIndex(of: "#").map { line[..<$0] } ?? line
        return beforeComment.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func lines(of text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map(content(of:)).filter { !$0.isEmpty }
    }

    private static func phrases(in text: String) -> [ListedPhrase] {
        text.split(whereSeparator: \.isNewline).compactMap(ListedPhrase.init(listLine:))
    }

    /// An allowed-links entry reduced to a bare domain: `https://www.Gov.UK/` and `*.gov.uk` become `gov.uk`.
    static func normalisedHost(_ entry: String) -> String? {
        var host = entry.trimmingCharacters(in: .whitespaces).lowercased()
        for scheme in ["https://", "http://"] where host.hasPrefix(scheme) {
            host.removeFirst(scheme.count)
        }
        if let slash = host.firstIndex(of: "/") { host = String(host[..<slash]) }
        while host.hasPrefix("*.") { host.removeFirst(2) }
        // An author who writes www.nhs.uk means the whole site, not only that one name.
        if host.hasPrefix("www.") { host.removeFirst(4) }
        while host.hasPrefix(".") { host.removeFirst() }
        while host.hasSuffix(".") { host.removeLast() }
        return host.isEmpty ? nil : host
    }

    private static func unique<Entry: Hashable>(_ entries: [Entry]) -> [Entry] {
        var seen = Set<Entry>()
        return entries.filter { seen.insert($0).inserted }
    }
}
