"""Which array of an .npz to read, one rule for every reader (a tensor_path, `embproj import`, images)."""

# Names an .npz of vectors commonly gives its array, in the order they are preferred.
VECTOR_ARRAY_NAMES = ("embeddings", "embedding", "vectors", "arr_0")


def chosen_array(names, preferred):
    """The array to read from an .npz holding arrays `names`: the only one, else the first of
    `preferred` it holds; None when neither (the caller says what to name it)."""
    names = list(names)
    if len(names) == 1:
        return names[0]
    return next((name for name in preferred if name in names), None)
