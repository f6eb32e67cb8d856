#!/usr/bin/python3
"""Makes the fixtures of hdae's `measure` tests with a framework other than hdae (Debian's PyTorch 1.13).

    /usr/bin/python3 gpu-validate/src/test/resources/hdae/validate/measure/make_fixtures.py

Writes, beside this script:
  mlp-49-32-10.npz  a ReLU MLP 49-32-10 trained by PyTorch (Adam 1e-3, batch 128, 2 epochs, seed 7) on MNIST
                    area-averaged to 7x7, in hdae's .npz layout (W_i of shape (in, out), b_i, float64)
  images.npy        the first 40 MNIST test images at 7x7 (float64 in [0,1], shape (40, 49))
  labels.npy        their labels (int64, shape (40,))
  images-u8.npy     the same images scaled to 0-255 and rounded (uint8, shape (40, 7, 7))
  logits.npy        PyTorch's logits of the network on images.npy, computed in float64 (shape (40, 10))
"""
import gzip
import os

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
MNIST = os.path.join(HERE, "..", "..", "..", "..", "..", "main", "resources", "hdae", "validate", "data", "mnist")


def idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def seven_by_seven(images):
    """Area average over 4x4 blocks, as hdae's Resolution.downsample(data, 4)."""
    x = images.astype(np.float64) / 255.0
    return x.reshape(-1, 7, 4, 7, 4).mean(axis=(2, 4)).reshape(-1, 49)


def main():
    torch.manual_seed(7)
    x = torch.tensor(seven_by_seven(idx(os.path.join(MNIST, "train-images-idx3-ubyte.gz"))), dtype=torch.float32)
    y = torch.tensor(idx(os.path.join(MNIST, "train-labels-idx1-ubyte.gz")).astype(np.int64))
    net = torch.nn.Sequential(torch.nn.Linear(49, 32), torch.nn.ReLU(), torch.nn.Linear(32, 10))
    optimiser = torch.optim.Adam(net.parameters(), lr=1e-3)
    generator = torch.Generator().manual_seed(7)
    for _ in range(2):
        order = torch.randperm(x.shape[0], generator=generator)
        for i in range(0, x.shape[0], 128):
            idx_batch = order[i:i + 128]
            optimiser.zero_grad()
            torch.nn.functional.cross_entropy(net(x[idx_batch]), y[idx_batch]).backward()
            optimiser.step()
    linears = [m for m in net if isinstance(m, torch.nn.Linear)]
    arrays = {}
    for i, layer in enumerate(linears):
        arrays["W%d" % i] = layer.weight.detach().double().numpy().T.copy()
        arrays["b%d" % i] = layer.bias.detach().double().numpy().copy()
    np.savez(os.path.join(HERE, "mlp-49-32-10.npz"), **arrays)

    test = seven_by_seven(idx(os.path.join(MNIST, "t10k-images-idx3-ubyte.gz"))[:40])
    labels = idx(os.path.join(MNIST, "t10k-labels-idx1-ubyte.gz"))[:40].astype(np.int64)
    np.save(os.path.join(HERE, "images.npy"), test)
    np.save(os.path.join(HERE, "labels.npy"), labels)
    np.save(os.path.join(HERE, "images-u8.npy"), np.rint(test * 255).astype(np.uint8).reshape(40, 7, 7))
    net64 = net.double()
    with torch.no_grad():
        np.save(os.path.join(HERE, "logits.npy"), net64(torch.tensor(test)).numpy())
    accuracy = (net64(torch.tensor(test)).argmax(1).numpy() == labels).mean()
    print("fixtures written; accuracy on the 40 test images %.3f" % accuracy)


if __name__ == "__main__":
    main()
