import CMalloc
import Testing

@testable import Engine

@Suite struct LargeAllocationTests {
    /// A 40 MiB result is above the largest threshold glibc adapts to by itself
    /// (32 MiB), so without the tuning each one is a fresh `mmap`, counted by
    /// `mallinfo2().hblks` while it lives. Other tests run alongside and may map or
    /// unmap memory of their own during one attempt, so one clean attempt of three
    /// suffices; without the tuning every attempt adds a mapping.
    @Test func largeResultsComeFromTheHeapNotFromFreshMappings() {
        let a = Tensor<Double>.ones([40 << 17])
        var added: [Int] = []
        for _ in 0..<3 {
            let before = Int(mallinfo2().hblks)
            let b = a + 1
            added.append(Int(mallinfo2().hblks) - before)
            #expect(b.scalars[0] == 2)
        }
        #expect(added.contains { $0 <= 0 }, "new mappings per 40 MiB result: \(added)")
        #expect(LargeAllocations.prepare(bytes: LargeAllocations.largeBytes))
        #expect(!LargeAllocations.prepare(bytes: 64))
    }
}
