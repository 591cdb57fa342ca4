"""embproj: an Embedding Projector for TensorBoard."""
