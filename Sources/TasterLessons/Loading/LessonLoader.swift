import Foundation

/// What loading one lesson file gave: the lesson when it is usable, and every problem found.
public struct LessonLoadResult: Sendable {
    /// The lesson, or nil when it has errors.
    public var lesson: Lesson?
    /// Errors and warnings, in file order.
    public var problems: [LessonProblem]
}

/// Loads lesson files safely: bounded size, depth and values, no aliases or tags, UTF-8 only.
public struct LessonLoader: Sendable {
    /// The limits enforced.
    public var limits: LoaderLimits

    /// Creates a loader.
    public init(limits: LoaderLimits = .standard) {
        self.limits = limits
    }

    /// Loads the lesson at `path`, with the tests of its sidecar `NAME.tests.yaml` when there is one.
    public func load(fileAt path: String) -> LessonLoadResult {
        switch FileReading.read(path, limit: limits.maxFileBytes) {
        case .failure(let problem):
            return LessonLoadResult(lesson: nil, problems: [problem])
        case .success(let bytes):
            var result = load(bytes: bytes, path: path)
            let sidecar = LessonFiles.sidecarPath(for: path)
            if FileManager.default.fileExists(atPath: sidecar) {
                let tests = loadTests(fileAt: sidecar)
                result.problems += tests.problems
                result.lesson?.tests += tests.tests
                if tests.problems.contains(where: { $0.severity == .error }) { result.lesson = nil }
            }
            return result
        }
    }

    /// Loads a lesson from bytes; `path` names it in problems.
    public func load(bytes: [UInt8], path: String) -> LessonLoadResult {
        if bytes.count > limits.maxFileBytes {
            return LessonLoadResult(lesson: nil, problems: [FileReading.tooLarge(path, size: bytes.count, limit: limits.maxFileBytes)])
        }
        let prepared = SourceBytes.prepare(bytes, path: path)
        guard let clean = prepared.bytes else { return LessonLoadResult(lesson: nil, problems: prepared.problems) }
        let (root, yamlProblems) = SafeYAMLReader(path: path, limits: limits).read(clean)
        // Reading stops with no root at anything unsafe; problems such as a repeated key still
        // leave a root, and decoding it reports the rest of the file's problems too.
        guard root != nil || yamlProblems.isEmpty else { return LessonLoadResult(lesson: nil, problems: yamlProblems) }
        var decoder = LessonDecoder(path: path)
        let lesson = decoder.decodeLesson(root, contentVersion: ContentFingerprint.of(clean))
        return LessonLoadResult(lesson: yamlProblems.isEmpty ? lesson : nil, problems: (yamlProblems + decoder.problems).sorted())
    }

    /// Loads the tests of a sidecar file, whose top level is `tests:`.
    public func loadTests(fileAt path: String) -> (tests: [LessonTest], problems: [LessonProblem]) {
        let bytes: [UInt8]
        switch FileReading.read(path, limit: limits.maxFileBytes) {
        case .failure(let problem): return ([], [problem])
        case .success(let read): bytes = read
        }
        let prepared = SourceBytes.prepare(bytes, path: path)
        guard let clean = prepared.bytes else { return ([], prepared.problems) }
        let (root, yamlProblems) = SafeYAMLReader(path: path, limits: limits).read(clean)
        guard yamlProblems.isEmpty, let root else {
            return ([], yamlProblems.isEmpty ? [LessonProblem(path: path, location: .start, ProblemFact(.testsFileEmpty))] : yamlProblems)
        }
        var reader = NodeReader(path: path)
        guard let entries = reader.entries(root, ProblemFact(.placeATestsFile)) else { return ([], reader.problems) }
        reader.checkKeys(entries, allowed: ["tests"], in: ProblemFact(.placeATestsFile))
        var decoder = LessonDecoder(path: path)
        let tests = entries.first { $0.key == "tests" }.map { decoder.decodeTests($0.value) } ?? []
        return (tests, (reader.problems + decoder.problems).sorted())
    }
}
