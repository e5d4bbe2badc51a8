import Foundation

// `swift run -c release bench [--quick] [--list] [workload…]`
//
// Measures the engine on the workloads of BENCHMARKS.md and prints, beside each figure,
// the reference library's figure measured in the same run and the speed ratio. The
// references run as Python subprocesses (`Scripts/bench/*.py`) after our own
// measurements, never at the same time; a missing one prints "not installed".

let workloads: [any Workload] = [
    MatrixProductWorkload(),
    OverheadWorkload(),
    ClassicalWorkload(),
    TreesWorkload(),
    SiteWorkload(),
]

var options = BenchOptions()
var selected: [String] = []
for argument in CommandLine.arguments.dropFirst() {
    switch argument {
    case "--quick": options.quick = true
    case "--list":
        for workload in workloads { print("\(workload.name)\t\(workload.summary)") }
        exit(0)
    case "--help", "-h":
        print("usage: bench [--quick] [--list] [workload…]   (workloads: "
            + workloads.map(\.name).joined(separator: ", ") + ")")
        exit(0)
    default: selected.append(argument)
    }
}
if let unknown = selected.first(where: { name in !workloads.contains { $0.name == name } }) {
    FileHandle.standardError.write(Data("bench: no workload \"\(unknown)\"; see bench --list\n".utf8))
    exit(2)
}

/// Writes unbuffered, so that each table appears as soon as it is measured.
func emit(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }

#if DEBUG
emit("warning: a debug build; run `swift run -c release bench` for real figures\n\n")
#endif
let cores = ProcessInfo.processInfo.activeProcessorCount
// Figures taken while other processes keep the cores busy are not comparable across
// runs (the ratios, measured side by side, still are); say so.
let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
    .flatMap { $0.split(separator: " ").first }.flatMap { Double($0) }
emit("Underbrace bench — \(cores) cores, \(Date().formatted(.iso8601)), "
    + "load average \(load.map { String(format: "%.1f", $0) } ?? "unknown")"
    + ", reference Python: \(PythonReference.interpreter)\n")
if let load, load > Double(cores) - 0.5 {
    emit("warning: the machine is busy (load \(String(format: "%.1f", load)) on \(cores) cores); "
        + "figures will be low and noisy\n")
}
emit("\n")
for workload in workloads where selected.isEmpty || selected.contains(workload.name) {
    emit(TablePrinter.render(workload.run(options)) + "\n")
}
