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
                func report(_ fact: ProblemFact) {
                    problems.append(LessonProblem(path: content.path, location: field.location, severity: .error, fact))
                }
                if address.kind == .insecureLink {
                    report(ProblemFact(.insecureLink, ["Place": field.place, "address": .text(address.text)]))
                }
                if !lists.allowsLink(toHost: address.host) {
                    let site = address.host.hasPrefix("www.") ? String(address.host.dropFirst(4)) : address.host
                    report(ProblemFact(.linkNotAllowed, ["Place": field.place, "address": .text(address.text), "host": .text(address.host), "site": .text(site),
                                                          "file": .text("\(RuleLists.folderName)/\(RuleLists.allowedLinksFileName)")]))
                }
            }
        }
        return problems
    }
}
