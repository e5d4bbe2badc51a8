#!/usr/bin/env python3
"""scikit-learn's trees, forests, boosting and SVC: the references of BENCHMARKS.md A3–A5.

usage: sklearn_trees.py WORKLOAD [--quick]
  WORKLOAD: tree | forest | boosting | svc

  tree      DecisionTreeClassifier(criterion="gini"), first 10000 train rows          (A3)
  forest    RandomForestClassifier(100 trees, n_jobs=2, random_state=0), the same     (A3)
  boosting  HistGradientBoostingClassifier(max_iter=100, early_stopping=False), same  (A4)
  svc       SVC(kernel="rbf", C=10, gamma="scale"), first 5000 train rows             (A5)

Accuracy is measured on the first 10000 test rows (2000 for svc). With --quick:
2000 training rows, 20 trees, 10 iterations, 1000 SVC rows, 1000 test rows (the bench's
--quick). Fashion-MNIST is read from the IDX files the Swift loader reads
($UNDERBRACE_DATA, ~/.cache/underbrace/data or /usr/share/datasets), pixels / 255 as
float64. Each fit and predict lasts seconds and is timed once. Prints one JSON line:
{"sklearn": version, "fit": s, "predict": s, "accuracy": a, ...} or {"missing": ...}.
Install: .venv-bench/bin/pip install numpy scikit-learn==1.9.1
"""

import json
import sys
import time

try:
    import numpy as np
    import sklearn
    from bench_data import fashion_mnist
    from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
    from sklearn.svm import SVC
    from sklearn.tree import DecisionTreeClassifier
except ImportError:
    print(json.dumps({"missing": "scikit-learn"}))
    sys.exit(0)


def timed(body):
    start = time.perf_counter()
    value = body()
    return value, time.perf_counter() - start


def main():
    workload = sys.argv[1]
    quick = "--quick" in sys.argv[2:]
    train_rows, test_rows = {"svc": (5000, 2000)}.get(workload, (10000, 10000))
    if quick:
        train_rows, test_rows = (1000 if workload == "svc" else 2000), 1000
    x, y = fashion_mnist("train", train_rows)
    x_test, y_test = fashion_mnist("test", test_rows)
    model = {
        "tree": lambda: DecisionTreeClassifier(criterion="gini", random_state=0),
        "forest": lambda: RandomForestClassifier(n_estimators=20 if quick else 100, n_jobs=2, random_state=0),
        "boosting": lambda: HistGradientBoostingClassifier(
            max_iter=10 if quick else 100, early_stopping=False, random_state=0),
        "svc": lambda: SVC(kernel="rbf", C=10, gamma="scale"),
    }[workload]()
    fitted, fit_seconds = timed(lambda: model.fit(x, y))
    predicted, predict_seconds = timed(lambda: fitted.predict(x_test))
    results = {
        "sklearn": sklearn.__version__,
        "fit": fit_seconds,
        "predict": predict_seconds,
        "accuracy": float(np.mean(predicted == y_test)),
    }
    if workload == "svc":
        results["support_vectors"] = int(len(fitted.support_))
    if workload == "tree":
        results["leaves"] = int(fitted.get_n_leaves())
        results["depth"] = int(fitted.get_depth())
    print(json.dumps(results))


if __name__ == "__main__":
    main()
