// glibc's allocator controls (mallopt, mallinfo2), which Swift's Glibc module leaves
// out: the engine tunes them for large tensors (Engine/Tensor/LargeAllocations.swift).
#include <malloc.h>
