/// Neutrality and safety of links: only `https://` links, and only to public, non-commercial sites
/// on the allowed list. Made-up addresses under the example domains are always fine.
public struct LinkRule: ContentRule {
    private let lists: RuleLists

    /// Creates the rule with the sites lessons may link to.
    public init(lists: RuleLists) {
        self.lists = lists
    }

    /// An error for each `http://` link and each link to a site not on the allowed list.
    public func check(_ content: LessonContent) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        for field in content.fields {
            var reported = Set<String>()
            for address in field.scanned.addresses where address.kind != .email && !address.isMadeUp {
                guard reported.insert(address.text).inserted else { continue }
                func report(_ message: String) {
                    problems.append(LessonProblem(path: content.path, location: field.location, severity: .error, message: message))
                }
                if address.kind == .insecureLink {
                    report("\(field.place) links to \"\(address.text)\", which starts with http:// and so is not private. "
                        + "Use the https:// address instead.")
                }
                if !lists.allowsLink(toHost: address.host) {
                    let site = address.host.hasPrefix("www.") ? String(address.host.dropFirst(4)) : address.host
                    report("\(field.place) links to \"\(address.text)\", but \(address.host) is not on the list of allowed sites. "
                        + "Link only to public, non-commercial sources; if this one is, add \"\(site)\" to "
                        + "lessons/\(RuleLists.folderName)/\(RuleLists.allowedLinksFileName). "
                        + "For a made-up address, use example.com or example.co.uk.")
                }
            }
        }
        return problems
    }
}
