#!/usr/bin/python3
"""Makes the example network of hdae's examples/ project with PyTorch (Debian's python3-torch 1.13).

    /usr/bin/python3 examples/network/make_network.py

Writes, beside this script:
  mlp-16-8-2.npz  a ReLU MLP 16-8-2 trained by PyTorch (Adam 1e-2, full batch, 200 steps, seed 11) on two Gaussian
                  classes in R^16 (means -0.5 and +0.5 in every coordinate, unit variance, 400 points each, numpy
                  seed 11), in hdae's .npz layout (W_i of shape (in, out), b_i, float64)
  probe.npz       x: 10 further points of the same classes (float64, shape (10, 16)); y: their classes;
                  logits: PyTorch's logits of the network on x, computed in float64 (shape (10, 2))
"""
import os

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))


def sample(rng, per_class):
    x = np.concatenate([rng.normal(-0.5, 1.0, (per_class, 16)), rng.normal(0.5, 1.0, (per_class, 16))])
    y = np.concatenate([np.zeros(per_class, np.int64), np.ones(per_class, np.int64)])
    return x, y


def main():
    rng = np.random.default_rng(11)
    torch.manual_seed(11)
    x, y = sample(rng, 400)
    net = torch.nn.Sequential(torch.nn.Linear(16, 8), torch.nn.ReLU(), torch.nn.Linear(8, 2)).double()
    optimiser = torch.optim.Adam(net.parameters(), lr=1e-2)
    xt, yt = torch.tensor(x), torch.tensor(y)
    for _ in range(200):
        optimiser.zero_grad()
        torch.nn.functional.cross_entropy(net(xt), yt).backward()
        optimiser.step()
    linears = [m for m in net if isinstance(m, torch.nn.Linear)]
    arrays = {}
    for i, layer in enumerate(linears):
        arrays["W%d" % i] = layer.weight.detach().numpy().T.copy()
        arrays["b%d" % i] = layer.bias.detach().numpy().copy()
    np.savez(os.path.join(HERE, "mlp-16-8-2.npz"), **arrays)
    px, py = sample(rng, 5)
    with torch.no_grad():
        logits = net(torch.tensor(px)).numpy()
    np.savez(os.path.join(HERE, "probe.npz"), x=px, y=py.astype(np.float64), logits=logits)
    print("network written; accuracy on the 10 probe points %.2f" % (logits.argmax(1) == py).mean())


if __name__ == "__main__":
    main()
