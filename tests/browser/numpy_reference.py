"""numpy references the browser tests compare the tab's layouts with."""
import numpy as np


def pca(x, k=2):
    """x's rows on their top k principal axes (mean-centred; the signs are the eigensolver's)."""
    xc = x - x.mean(axis=0)
    w, v = np.linalg.eigh(np.cov(xc, rowvar=False))
    return xc @ v[:, np.argsort(w)[::-1][:k]]


def procrustes(a, b):
    """a aligned onto b: scale, orthogonal map (reflections allowed), translation."""
    ma, mb = a.mean(axis=0), b.mean(axis=0)
    a0, b0 = a - ma, b - mb
    u, s, vt = np.linalg.svd(a0.T @ b0)
    return s.sum() / (a0 ** 2).sum() * a0 @ (u @ vt) + mb
