internal import CBLAS

// The LAPACK kernels of `LinearAlgebraScalar`: thin bridges to LAPACKE's row-major
// entry points (see `LinearAlgebraScalar` for why row-major). `lapack_int` is a C macro
// Swift cannot see; it is `int32_t` on Debian's builds, hence the `Int32`s. Leading
// dimensions are clamped to 1, as LAPACK requires even for empty matrices.

private let rowMajor = Int32(LAPACK_ROW_MAJOR)

@inline(__always)
private func character(_ ascii: UInt8) -> CChar { CChar(bitPattern: ascii) }

@inline(__always)
private func lapackInt(_ value: Int) -> Int32 { Int32(value) }

@inline(__always)
private func leading(_ value: Int) -> Int32 { Int32(max(1, value)) }

@inline(__always)
private func uplo(_ lower: Bool) -> CChar {
    character(lower ? UInt8(ascii: "L") : UInt8(ascii: "U"))
}

@inline(__always)
private func trans(_ transpose: Bool) -> CChar {
    character(transpose ? UInt8(ascii: "T") : UInt8(ascii: "N"))
}

/// The LAPACK ``LinearAlgebraScalar`` kernels for `Float` (`LAPACKE_sgetrf`, …).
extension Float {
    public static func getrf(
        m: Int, n: Int, a: UnsafeMutablePointer<Float>, lda: Int,
        ipiv: UnsafeMutablePointer<Int32>
    ) -> Int32 {
        LAPACKE_sgetrf(rowMajor, lapackInt(m), lapackInt(n), a, leading(lda), ipiv)
    }

    public static func getrs(
        transpose: Bool, n: Int, nrhs: Int, a: UnsafePointer<Float>, lda: Int,
        ipiv: UnsafePointer<Int32>, b: UnsafeMutablePointer<Float>, ldb: Int
    ) -> Int32 {
        LAPACKE_sgetrs(
            rowMajor, trans(transpose), lapackInt(n), lapackInt(nrhs), a, leading(lda), ipiv,
            b, leading(ldb))
    }

    public static func getri(
        n: Int, a: UnsafeMutablePointer<Float>, lda: Int, ipiv: UnsafePointer<Int32>
    ) -> Int32 {
        LAPACKE_sgetri(rowMajor, lapackInt(n), a, leading(lda), ipiv)
    }

    public static func potrf(n: Int, a: UnsafeMutablePointer<Float>, lda: Int) -> Int32 {
        LAPACKE_spotrf(rowMajor, uplo(true), lapackInt(n), a, leading(lda))
    }

    public static func trtrs(
        lower: Bool, transpose: Bool, unitDiagonal: Bool, n: Int, nrhs: Int,
        a: UnsafePointer<Float>, lda: Int, b: UnsafeMutablePointer<Float>, ldb: Int
    ) -> Int32 {
        let diag = character(unitDiagonal ? UInt8(ascii: "U") : UInt8(ascii: "N"))
        return LAPACKE_strtrs(
            rowMajor, uplo(lower), trans(transpose), diag, lapackInt(n), lapackInt(nrhs),
            a, leading(lda), b, leading(ldb))
    }

    public static func geqrf(
        m: Int, n: Int, a: UnsafeMutablePointer<Float>, lda: Int,
        tau: UnsafeMutablePointer<Float>
    ) -> Int32 {
        LAPACKE_sgeqrf(rowMajor, lapackInt(m), lapackInt(n), a, leading(lda), tau)
    }

    public static func orgqr(
        m: Int, n: Int, k: Int, a: UnsafeMutablePointer<Float>, lda: Int,
        tau: UnsafePointer<Float>
    ) -> Int32 {
        LAPACKE_sorgqr(rowMajor, lapackInt(m), lapackInt(n), lapackInt(k), a, leading(lda), tau)
    }

    public static func gesdd(
        job: UInt8, m: Int, n: Int, a: UnsafeMutablePointer<Float>, lda: Int,
        s: UnsafeMutablePointer<Float>, u: UnsafeMutablePointer<Float>, ldu: Int,
        vt: UnsafeMutablePointer<Float>, ldvt: Int
    ) -> Int32 {
        LAPACKE_sgesdd(
            rowMajor, character(job), lapackInt(m), lapackInt(n), a, leading(lda), s,
            u, leading(ldu), vt, leading(ldvt))
    }

    public static func syevd(
        computeVectors: Bool, n: Int, a: UnsafeMutablePointer<Float>, lda: Int,
        w: UnsafeMutablePointer<Float>
    ) -> Int32 {
        let jobz = character(computeVectors ? UInt8(ascii: "V") : UInt8(ascii: "N"))
        return LAPACKE_ssyevd(rowMajor, jobz, uplo(true), lapackInt(n), a, leading(lda), w)
    }

    public static func gelsd(
        m: Int, n: Int, nrhs: Int, a: UnsafeMutablePointer<Float>, lda: Int,
        b: UnsafeMutablePointer<Float>, ldb: Int, s: UnsafeMutablePointer<Float>,
        rcond: Float, rank: UnsafeMutablePointer<Int32>
    ) -> Int32 {
        LAPACKE_sgelsd(
            rowMajor, lapackInt(m), lapackInt(n), lapackInt(nrhs), a, leading(lda),
            b, leading(ldb), s, rcond, rank)
    }
}

/// The LAPACK ``LinearAlgebraScalar`` kernels for `Double` (`LAPACKE_dgetrf`, …).
extension Double {
    public static func getrf(
        m: Int, n: Int, a: UnsafeMutablePointer<Double>, lda: Int,
        ipiv: UnsafeMutablePointer<Int32>
    ) -> Int32 {
        LAPACKE_dgetrf(rowMajor, lapackInt(m), lapackInt(n), a, leading(lda), ipiv)
    }

    public static func getrs(
        transpose: Bool, n: Int, nrhs: Int, a: UnsafePointer<Double>, lda: Int,
        ipiv: UnsafePointer<Int32>, b: UnsafeMutablePointer<Double>, ldb: Int
    ) -> Int32 {
        LAPACKE_dgetrs(
            rowMajor, trans(transpose), lapackInt(n), lapackInt(nrhs), a, leading(lda), ipiv,
            b, leading(ldb))
    }

    public static func getri(
        n: Int, a: UnsafeMutablePointer<Double>, lda: Int, ipiv: UnsafePointer<Int32>
    ) -> Int32 {
        LAPACKE_dgetri(rowMajor, lapackInt(n), a, leading(lda), ipiv)
    }

    public static func potrf(n: Int, a: UnsafeMutablePointer<Double>, lda: Int) -> Int32 {
        LAPACKE_dpotrf(rowMajor, uplo(true), lapackInt(n), a, leading(lda))
    }

    public static func trtrs(
        lower: Bool, transpose: Bool, unitDiagonal: Bool, n: Int, nrhs: Int,
        a: UnsafePointer<Double>, lda: Int, b: UnsafeMutablePointer<Double>, ldb: Int
    ) -> Int32 {
        let diag = character(unitDiagonal ? UInt8(ascii: "U") : UInt8(ascii: "N"))
        return LAPACKE_dtrtrs(
            rowMajor, uplo(lower), trans(transpose), diag, lapackInt(n), lapackInt(nrhs),
            a, leading(lda), b, leading(ldb))
    }

    public static func geqrf(
        m: Int, n: Int, a: UnsafeMutablePointer<Double>, lda: Int,
        tau: UnsafeMutablePointer<Double>
    ) -> Int32 {
        LAPACKE_dgeqrf(rowMajor, lapackInt(m), lapackInt(n), a, leading(lda), tau)
    }

    public static func orgqr(
        m: Int, n: Int, k: Int, a: UnsafeMutablePointer<Double>, lda: Int,
        tau: UnsafePointer<Double>
    ) -> Int32 {
        LAPACKE_dorgqr(rowMajor, lapackInt(m), lapackInt(n), lapackInt(k), a, leading(lda), tau)
    }

    public static func gesdd(
        job: UInt8, m: Int, n: Int, a: UnsafeMutablePointer<Double>, lda: Int,
        s: UnsafeMutablePointer<Double>, u: UnsafeMutablePointer<Double>, ldu: Int,
        vt: UnsafeMutablePointer<Double>, ldvt: Int
    ) -> Int32 {
        LAPACKE_dgesdd(
            rowMajor, character(job), lapackInt(m), lapackInt(n), a, leading(lda), s,
            u, leading(ldu), vt, leading(ldvt))
    }

    public static func syevd(
        computeVectors: Bool, n: Int, a: UnsafeMutablePointer<Double>, lda: Int,
        w: UnsafeMutablePointer<Double>
    ) -> Int32 {
        let jobz = character(computeVectors ? UInt8(ascii: "V") : UInt8(ascii: "N"))
        return LAPACKE_dsyevd(rowMajor, jobz, uplo(true), lapackInt(n), a, leading(lda), w)
    }

    public static func gelsd(
        m: Int, n: Int, nrhs: Int, a: UnsafeMutablePointer<Double>, lda: Int,
        b: UnsafeMutablePointer<Double>, ldb: Int, s: UnsafeMutablePointer<Double>,
        rcond: Double, rank: UnsafeMutablePointer<Int32>
    ) -> Int32 {
        LAPACKE_dgelsd(
            rowMajor, lapackInt(m), lapackInt(n), lapackInt(nrhs), a, leading(lda),
            b, leading(ldb), s, rcond, rank)
    }
}
