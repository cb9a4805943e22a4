/// What loading one translation file gave: the translation when it could be read, and every
/// problem found in it.
public struct TranslationLoadResult: Sendable {
    /// The translation, or nil when its header has errors.
    public var translation: LessonTranslation?
    /// Errors and warnings, in file order.
    public var problems: [LessonProblem]
}

extension LessonLoader {
    /// Loads the translation at `path` with the same safe YAML reading and limits as lessons.
    /// It is checked against its English lesson separately (`TranslationChecker`).
    public func loadTranslation(fileAt path: String) -> TranslationLoadResult {
        switch FileReading.read(path, limit: limits.maxFileBytes) {
        case .failure(let problem):
            return TranslationLoadResult(translation: nil, problems: [problem])
        case .success(let bytes):
            return loadTranslation(bytes: bytes, path: path)
        }
    }

    /// Loads a translation from bytes; `path` names it in problems.
    public func loadTranslation(bytes: [UInt8], path: String) -> TranslationLoadResult {
        if bytes.count > limits.maxFileBytes {
            return TranslationLoadResult(translation: nil, problems: [FileReading.tooLarge(path, size: bytes.count, limit: limits.maxFileBytes)])
        }
        let prepared = SourceBytes.prepare(bytes, path: path)
        guard let clean = prepared.bytes else { return TranslationLoadResult(translation: nil, problems: prepared.problems) }
        let (root, yamlProblems) = SafeYAMLReader(path: path, limits: limits).read(clean)
        guard root != nil || yamlProblems.isEmpty else { return TranslationLoadResult(translation: nil, problems: yamlProblems) }
        var decoder = TranslationDecoder(path: path)
        let translation = decoder.decode(root)
        return TranslationLoadResult(translation: yamlProblems.isEmpty ? translation : nil, problems: (yamlProblems + decoder.problems).sorted())
    }
}
