import FuzzProperties

/// libFuzzer's entry point: reads one input as a lesson file and stops the run, so that the
/// input is saved, when any property of loading, validation or the content rules is broken.
@_cdecl("LLVMFuzzerTestOneInput")
public func lessonLoaderFuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let violations = FuzzProperties.lessonLoaderViolations(bytes)
    if !violations.isEmpty { fatalError("lesson loader property broken: " + violations.joined(separator: "; ")) }
    return 0
}
