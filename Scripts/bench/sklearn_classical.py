#!/usr/bin/env python3
"""scikit-learn's linear models, k-means, PCA and k-NN: the references of BENCHMARKS.md
A1, A2, A6, A7 and A8.

usage: sklearn_classical.py WORKLOAD [REPEATS] [--quick]
  WORKLOAD: linear | logistic | kmeans | pca | pca-fashion | knn

  linear    LinearRegression and Ridge(alpha=1) on X 100000×50 standard normal,
            y = X w + 0.1 ε with w_j = sin(j + 1)                                  (A1)
  logistic  LogisticRegression(C=1, lbfgs, max_iter=200), multinomial, first 10000
            Fashion-MNIST training rows, accuracy on the 10000 test rows            (A2)
  kmeans    KMeans(10, k-means++, n_init=1, random_state=0), first 10000 rows      (A6)
  pca       PCA(50, svd_solver="full") on the 400 AT&T faces, 92×112 pixels        (A7)
  pca-fashion  PCA(50) with scikit-learn's own choice of solver on all 60000
            Fashion-MNIST training rows (the issue's "Fashion-MNIST-sized" PCA)
  knn       KNeighborsClassifier(5, algorithm="brute"), first 10000 train rows,
            predict the first 2000 test rows                                       (A8)

Fashion-MNIST is read from the IDX files the Swift loader reads, the faces from the
same PGM files ($UNDERBRACE_DATA, ~/.cache/underbrace/data or /usr/share/datasets);
pixels / 255 as float64. Each timed call runs REPEATS times (default 3; the A2 fit once)
and the median is reported. With --quick, smaller sizes (the bench's --quick). Prints one
JSON line, e.g. {"sklearn": version, "fit": s, "accuracy": a, ...}, or {"missing": ...}.
Install: .venv-bench/bin/pip install numpy scikit-learn==1.9.1
"""

import json
import statistics
import sys
import time

try:
    import numpy as np
    import sklearn
    from bench_data import fashion_mnist, locate
    from sklearn.cluster import KMeans
    from sklearn.decomposition import PCA
    from sklearn.linear_model import LinearRegression, LogisticRegression, Ridge
    from sklearn.neighbors import KNeighborsClassifier
except ImportError:
    print(json.dumps({"missing": "scikit-learn"}))
    sys.exit(0)


def att_faces():
    root = locate("att_faces", "the AT&T faces (att_faces/s1 ... s40)")
    rows = []
    for subject in range(1, 41):
        for image in range(1, 11):
            data = (root / f"s{subject}" / f"{image}.pgm").read_bytes()
            # Binary PGM: "P5", width, height, maximum, one whitespace, then the pixels.
            fields, position = [], 0
            while len(fields) < 4:
                while data[position:position + 1].isspace():
                    position += 1
                if data[position:position + 1] == b"#":
                    position = data.index(b"\n", position)
                    continue
                end = position
                while not data[end:end + 1].isspace():
                    end += 1
                fields.append(data[position:end])
                position = end
            width, height = int(fields[1]), int(fields[2])
            pixels = np.frombuffer(data, dtype=np.uint8, offset=position + 1, count=width * height)
            rows.append(pixels.astype(np.float64) / 255)
    return np.array(rows)


def median_seconds(body, repeats):
    times, value = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        value = body()
        times.append(time.perf_counter() - start)
    return value, statistics.median(times)


def linear(repeats, quick):
    n, d = (10000, 50) if quick else (100000, 50)
    rng = np.random.default_rng(0)
    x = rng.standard_normal((n, d))
    w = np.sin(np.arange(1, d + 1))
    y = x @ w + 0.1 * rng.standard_normal(n)
    ols, ols_seconds = median_seconds(lambda: LinearRegression().fit(x, y), repeats)
    ridge, ridge_seconds = median_seconds(lambda: Ridge(alpha=1.0).fit(x, y), repeats)
    return {"linear_fit": ols_seconds, "ridge_fit": ridge_seconds,
            "linear_error": float(np.abs(ols.coef_ - w).max()),
            "ridge_error": float(np.abs(ridge.coef_ - w).max())}


def logistic(repeats, quick):
    rows, iterations = (2000, 20) if quick else (10000, 200)
    x, y = fashion_mnist("train", rows)
    x_test, y_test = fashion_mnist("test", 10000)
    model, seconds = median_seconds(
        lambda: LogisticRegression(C=1.0, solver="lbfgs", max_iter=iterations).fit(x, y), 1)
    return {"fit": seconds, "accuracy": float(np.mean(model.predict(x_test) == y_test)),
            "iterations": int(model.n_iter_[0])}


def kmeans(repeats, quick):
    x, _ = fashion_mnist("train", 2000 if quick else 10000)
    model, seconds = median_seconds(
        lambda: KMeans(n_clusters=10, init="k-means++", n_init=1, random_state=0).fit(x), repeats)
    return {"fit": seconds, "inertia": float(model.inertia_), "iterations": int(model.n_iter_)}


def pca(repeats, quick):
    x = att_faces()
    model, seconds = median_seconds(lambda: PCA(n_components=50, svd_solver="full").fit(x), repeats)
    return {"fit": seconds, "explained10": float(model.explained_variance_ratio_[:10].sum())}


def pca_fashion(repeats, quick):
    x, _ = fashion_mnist("train", 10000 if quick else 60000)
    model, seconds = median_seconds(lambda: PCA(n_components=50).fit(x), repeats)
    return {"fit": seconds, "explained10": float(model.explained_variance_ratio_[:10].sum()),
            "solver": model._fit_svd_solver}


def knn(repeats, quick):
    x, y = fashion_mnist("train", 2000 if quick else 10000)
    x_test, y_test = fashion_mnist("test", 500 if quick else 2000)
    model = KNeighborsClassifier(n_neighbors=5, algorithm="brute").fit(x, y)
    predicted, seconds = median_seconds(lambda: model.predict(x_test), repeats)
    return {"predict": seconds, "accuracy": float(np.mean(predicted == y_test))}


def main():
    arguments = [a for a in sys.argv[1:] if a != "--quick"]
    quick = "--quick" in sys.argv
    workload = arguments[0]
    repeats = int(arguments[1]) if len(arguments) > 1 else 3
    results = {"linear": linear, "logistic": logistic, "kmeans": kmeans, "pca": pca,
               "pca-fashion": pca_fashion, "knn": knn}[workload](repeats, quick)
    results["sklearn"] = sklearn.__version__
    print(json.dumps(results))


if __name__ == "__main__":
    main()
