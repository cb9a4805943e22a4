import FuzzProperties

/// libFuzzer's entry point: checks one typed line against the step the input's first byte picks,
/// and stops the run, so that the input is saved, when any property of the verdict is broken.
@_cdecl("LLVMFuzzerTestOneInput")
public func answerCheckerFuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let violations = FuzzProperties.answerCheckerViolations(bytes)
    if !violations.isEmpty { fatalError("answer checker property broken: " + violations.joined(separator: "; ")) }
    return 0
}
