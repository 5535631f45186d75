// libFuzzer entry point over the loader and the extractor. Built by Scripts/fuzz.sh together with the
// sources of ThdashExtraction into one module (so there is no import), with -sanitize=fuzzer,address.

import Foundation

/// The catalog and outlets the fuzzer extracts with: Data/catalog.tsv and Data/outlets.tsv, read once (run from
/// the repository root), so that an input's header reaches the home region's outlet lookup too.
private let fuzzExtractor: FigureExtractor = {
    let environment = ProcessInfo.processInfo.environment
    let path = environment["THDASH_CATALOG"] ?? "Data/catalog.tsv"
    guard let catalog = try? ProductCatalog.load(path: path) else {
        fatalError("fuzz: cannot read the catalog at \(path); run from the repository root")
    }
    let outletsPath = environment["THDASH_OUTLETS"] ?? "Data/outlets.tsv"
    guard let outlets = try? OutletDirectory.load(path: outletsPath) else {
        fatalError("fuzz: cannot read the outlets at \(outletsPath); run from the repository root")
    }
    return FigureExtractor(catalog: catalog, outlets: outlets)
}()

/// Kept from input to input, as a reader's worker keeps it from file to file: a word's remembered key must
/// never differ from the one it would be given afresh.
nonisolated(unsafe) private let fuzzMemo = WordKeyMemo()

/// The time one input may take: a floor, and a rate per KiB well below what the instrumented build reaches
/// on the slowest texts known (THDASH_FUZZ_MS_PER_KIB and THDASH_FUZZ_FLOOR_MS change them).
private let fuzzSlowMillisecondsPerKiB =
    ProcessInfo.processInfo.environment["THDASH_FUZZ_MS_PER_KIB"].flatMap(Double.init) ?? 20
private let fuzzSlowFloorMilliseconds =
    ProcessInfo.processInfo.environment["THDASH_FUZZ_FLOOR_MS"].flatMap(Double.init) ?? 200

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The scan's UTF-8 validation lets a string skip the standard library's: they must agree on every input.
    let valid = String(validating: bytes, as: UTF8.self) != nil
    precondition(TextNormalizer.ByteScan(bytes).isValidUTF8 == valid, "the scan and the standard library disagree")
    if valid { precondition(TextNormalizer.string(validatedUTF8: bytes).utf8.elementsEqual(bytes)) }
    if case .success(let article) = ArticleLoader.article(from: bytes, path: "fuzz-input") {
        let extractor = fuzzExtractor  // made on the first input: its catalog's reading is not timed
        let started = DispatchTime.now().uptimeNanoseconds
        let figures = extractor.extract(article, memo: fuzzMemo)
        // A slow input is a finding like a crash: one that takes far longer than its size allows (under the
        // sanitizer's instrumentation) stops the run with its input saved.
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        if elapsed > fuzzSlowFloorMilliseconds + Double(size) / 1024 * fuzzSlowMillisecondsPerKiB {
            fatalError("slow input: \(size) bytes took \(Int(elapsed)) ms")  // kept in -O, unlike a precondition's
        }
        precondition(figures == fuzzExtractor.extract(article), "a remembered word key differs from a fresh one")
        for figure in figures {
            // Promises every figure keeps, whatever the input.
            precondition(figure.value.isFinite, "non-finite value")
            precondition(!figure.quote.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
            precondition(figure.offset >= 0)
            precondition(figure.entity != .company || !figure.region.isEmpty, "a company figure names its company")
            precondition(figure.basis != .basePeriod || figure.base != nil, "a base-period figure has its base")
            _ = FigureJSON.encode(figure)
        }
    }
    return 0
}
