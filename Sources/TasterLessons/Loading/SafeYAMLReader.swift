import CLibYAML

/// Reads one YAML document into `YAMLNode`s straight from libyaml's events, with the loader's
/// limits enforced while reading: aliases, anchors, tags and extra documents are refused at the
/// first sight of them, so an alias bomb is never expanded, and depth and size stay bounded.
struct SafeYAMLReader {
    /// The file name used in problems.
    let path: String
    /// The limits enforced.
    let limits: LoaderLimits

    private final class Frame {
        let isMapping: Bool
        let location: SourceLocation
        var items: [YAMLNode] = []
        var entries: [YAMLEntry] = []
        var pendingKey: (String, SourceLocation)?
        var seenKeys: [String: SourceLocation] = [:]

        init(isMapping: Bool, location: SourceLocation) {
            self.isMapping = isMapping
            self.location = location
        }
    }

    /// Reads `bytes`; the root node, or every problem found before reading had to stop.
    func read(_ bytes: [UInt8]) -> (root: YAMLNode?, problems: [LessonProblem]) {
        var problems: [LessonProblem] = []
        var root: YAMLNode?
        var stack: [Frame] = []
        var documents = 0
        var nodes = 0

        func problem(_ mark: yaml_mark_t, _ fact: ProblemFact) {
            problems.append(LessonProblem(path: path, location: location(mark), fact))
        }

        func attach(_ node: YAMLNode) {
            guard let top = stack.last else {
                root = node
                return
            }
            if !top.isMapping {
                top.items.append(node)
            } else if let (key, keyLocation) = top.pendingKey {
                top.entries.append(YAMLEntry(key: key, keyLocation: keyLocation, value: node))
                top.pendingKey = nil
            } else if case .scalar(let key, _, let keyLocation) = node {
                if let first = top.seenKeys[key] {
                    problems.append(LessonProblem(
                        path: path, location: keyLocation,
                        ProblemFact(.duplicateKey, ["key": .text(SafeText.quote(key)), "line": "\(first.line)"])))
                } else {
                    top.seenKeys[key] = keyLocation
                }
                top.pendingKey = (key, keyLocation)
            } else {
                problems.append(LessonProblem(
                    path: path, location: node.location,
                    ProblemFact(.keyNotPlain, ["kind": node.kindPhrase])))
                top.pendingKey = ("", node.location)
            }
        }

        bytes.withUnsafeBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                problems.append(LessonProblem(path: path, location: .start, ProblemFact(.outOfMemory)))
                return
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

            while problems.count < 20 {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    let what = parser.problem.map { String(cString: $0) }
                    if what?.hasPrefix("Maximum nesting level") == true {
                        problem(parser.problem_mark, ProblemFact(.nestedTooDeep, ["depth": "\(limits.maxDepth)"]))
                        return
                    }
                    let markIndex = Int(parser.problem_mark.index)
                    if markIndex < buffer.count, buffer[markIndex] == 0x09 {
                        problem(parser.problem_mark, ProblemFact(.tabIndent))
                        return
                    }
                    let contextText = parser.context.map { String(cString: $0) }
                    if let plain = YAMLMistakes.explain(problem: what ?? "", context: contextText, bytes: buffer, index: markIndex, line: Int(parser.problem_mark.line) + 1) {
                        problem(parser.problem_mark, plain)
                        return
                    }
                    let context = contextText.map { " (" + $0 + ")" } ?? ""
                    problems.append(LessonProblem(
                        path: path, location: location(parser.problem_mark),
                        ProblemFact(.invalidYAML, ["what": what.map(ProblemValue.text) ?? .phrase(.yamlUnreadable), "context": .text(context)])))
                    return
                }
                defer { yaml_event_delete(&event) }
                let mark = event.start_mark
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 {
                        problem(mark, ProblemFact(.twoDocuments))
                        return
                    }
                case YAML_ALIAS_EVENT:
                    problem(mark, ProblemFact(.yamlAlias))
                    return
                case YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    nodes += 1
                    if nodes > limits.maxNodes {
                        problem(mark, ProblemFact(.tooManyValues, ["most": "\(limits.maxNodes)"]))
                        return
                    }
                    let (anchor, tag) = anchorAndTag(of: event)
                    if anchor {
                        problem(mark, ProblemFact(.yamlAnchor))
                        return
                    }
                    if tag {
                        problem(mark, ProblemFact(.yamlTag))
                        return
                    }
                    if event.type == YAML_SCALAR_EVENT {
                        let scalar = event.data.scalar
                        let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                        attach(.scalar(text, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE, location(mark)))
                    } else {
                        if stack.count >= limits.maxDepth {
                            problem(mark, ProblemFact(.nestedTooDeep, ["depth": "\(limits.maxDepth)"]))
                            return
                        }
                        stack.append(Frame(isMapping: event.type == YAML_MAPPING_START_EVENT, location: location(mark)))
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let frame = stack.popLast() else { return }
                    attach(frame.isMapping ? .mapping(frame.entries, frame.location) : .sequence(frame.items, frame.location))
                default:
                    break
                }
            }
        }
        return (root, problems)
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func anchorAndTag(of event: yaml_event_t) -> (anchor: Bool, tag: Bool) {
        switch event.type {
        case YAML_SCALAR_EVENT:
            (event.data.scalar.anchor != nil, event.data.scalar.tag != nil)
        case YAML_SEQUENCE_START_EVENT:
            (event.data.sequence_start.anchor != nil, event.data.sequence_start.tag != nil)
        case YAML_MAPPING_START_EVENT:
            (event.data.mapping_start.anchor != nil, event.data.mapping_start.tag != nil)
        default:
            (false, false)
        }
    }
}
