#!/usr/bin/env python3
"""Writes the TorchScript test fixture model-runtime/src/test/resources/torchscript/tiny-classifier.pt.

A text classifier in the shape Hugging Face exports take through djl-convert: (input_ids, attention_mask) in,
logits (texts, labels) out. Its weights follow closed formulas, so the Java test recomputes the expected logits
itself from the tokenizer's ids. Needs PyTorch (Debian: apt-get install python3-torch); the file is committed,
so the build and the tests never need Python.
"""
import math
import pathlib
import sys

import torch

BUCKETS = 1009
DIM = 8
LABELS = 3


class TinyClassifier(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = torch.nn.Parameter(torch.tensor(
            [[math.sin(0.37 * i + 1.3 * j) for j in range(DIM)] for i in range(BUCKETS)], dtype=torch.float32), requires_grad=False)
        self.weight = torch.nn.Parameter(torch.tensor(
            [[math.cos(0.5 * j + 0.9 * k) for k in range(LABELS)] for j in range(DIM)], dtype=torch.float32), requires_grad=False)
        self.bias = torch.nn.Parameter(torch.tensor([0.1 * k for k in range(LABELS)], dtype=torch.float32), requires_grad=False)
        self.buckets = BUCKETS

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        vectors = self.embedding[torch.remainder(input_ids, self.buckets)]
        mask = attention_mask.unsqueeze(-1).to(vectors.dtype)
        pooled = (vectors * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return pooled @ self.weight + self.bias


def main():
    out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else
                       "model-runtime/src/test/resources/torchscript/tiny-classifier.pt")
    out.parent.mkdir(parents=True, exist_ok=True)
    torch.jit.script(TinyClassifier()).save(str(out))
    print(f"wrote {out} with torch {torch.__version__}")


if __name__ == "__main__":
    main()
