#!/usr/bin/python3
"""PyTorch reference for `hdae bench --mode crown`: CROWN's certified L2 radius, the same search on the same data.

    /usr/bin/python3 gpu-validate/bench/crown_reference.py --model mlp.npz --images 100 --json torch-crown.json

Written from the published algorithm (Zhang, Weng, Chen, Hsieh, Daniel 2018, "Efficient Neural Network
Robustness Certification with General Activation Functions", NeurIPS, arXiv 1811.00866), in float64, each
bound vectorised over its rows (the output classes, or the unstable neurons of a layer), for a ReLU MLP
z_0 = x W_0 + b_0, z_l = relu(z_{l-1}) W_l + b_l, logits z_{L-1} (hdae's .npz export, W_l of shape (in, out)):

  * region: the L2 ball {x : ||x - x0||_2 <= eps} in R^n, without the box [0,1]^n; the minimum of a^T x over it
    is a^T x0 - eps ||a||_2 (Cauchy-Schwarz), the input bound of hdae's InputRegion for a ball without a box;
  * layer 0: exact over the ball, x0 W_0 + b_0 -+ eps ||W_0[:, j]||_2;
  * each later hidden layer: interval arithmetic from the layer below (h in [relu(l), relu(u)]), then, for the
    neurons it leaves unstable (l < 0 < u), CROWN bounds of +-z_i by a backward pass, the two intersected
    (hdae's BoundPropagation: neurons stable by the intervals keep their intervals);
  * backward pass for rows A on z_k: A z_l = (A W_l^T) h + A b_l; at a ReLU with bounds [l, u]: inactive (u <= 0)
    coefficient 0; active (l >= 0) unchanged; unstable with a >= 0: lower line alpha z with CROWN's adaptive
    alpha = [u >= -l]; unstable with a < 0: upper line s (z - l), s = u / (u - l);
  * margins: rows e_y - e_j, j != y; the ball is certified when every lower bound is > 0.

Search (hdae's CertifiedRadius with no attack distance): radius 0 unless every margin at x0 is > 0; eps = 2^-6,
2^-5, ... until one is not certified (at most 60); then bisection at the midpoint while hi - lo > 1e-3 hi (at most
60 steps); the radius is the last certified eps. Images: the first --images test images the network classifies
correctly, pixels p/255 rounded to float32 as hdae's MNIST loader does. Times in ms per image after one untimed
radius of the first image (as hdae's JIT warm-up): wall clock, process CPU (time.process_time) and this thread's
CPU (time.thread_time). Quantities that depend only on the network (W^T, the column norms of W_0) are computed
once, as hdae's ReluNetwork keeps W^T; everything that depends on x0 or eps is computed for every bound.
hdae's bounds are rounded outwards (a rigorous slack of order 1e-16 relative); these are plain float64, so a
decision can differ only where a margin bound is within rounding of 0. A benchmark aid, not a test dependency.
"""
import argparse
import os
import platform
import sys
import time
import zipfile

import numpy as np
import torch

from torch_reference import emit, mnist

TOLERANCE = 1e-3
MAX_STEPS = 60
FIRST_EPS = 2.0 ** -6


class Network:
    """A ReLU MLP in float64 with what the bounds need precomputed: W_l, W_l^T, b_l and ||W_0[:, j]||_2."""

    def __init__(self, path):
        arrays = np.load(path)
        count = sum(1 for k in arrays.files if k.startswith("W"))
        if count == 0 or any(arrays["W%d" % i].ndim != 2 or arrays["b%d" % i].shape != (arrays["W%d" % i].shape[1],)
                             or (i > 0 and arrays["W%d" % i].shape[0] != arrays["W%d" % (i - 1)].shape[1])
                             for i in range(count)):
            raise ValueError("expected arrays W0, b0, W1, b1, ... of shapes (in, out) and (out,) that chain")
        self.weights = [torch.tensor(arrays["W%d" % i], dtype=torch.float64) for i in range(count)]
        self.biases = [torch.tensor(arrays["b%d" % i], dtype=torch.float64) for i in range(count)]
        self.transposed = [w.t().contiguous() for w in self.weights]
        self.column_norms = self.weights[0].norm(dim=0)

    def architecture(self):
        return "-".join(str(s) for s in [self.weights[0].shape[0]] + [w.shape[1] for w in self.weights])

    def logits(self, x):
        h = x
        for l, (w, b) in enumerate(zip(self.weights, self.biases)):
            h = h @ w + b
            if l < len(self.weights) - 1:
                h = h.clamp(min=0)
        return h


def backward(net, rows, layer, lower, upper, x0, eps):
    """Lower bounds of rows^T z_layer over the ball: CROWN's backward pass, one row per bound."""
    a = rows
    constant = torch.zeros(rows.shape[0], dtype=torch.float64)
    for l in range(layer, -1, -1):
        constant = constant + a @ net.biases[l]
        a = a @ net.transposed[l]
        if l == 0:
            return a @ x0 - eps * a.norm(dim=1) + constant
        lo, hi = lower[l - 1], upper[l - 1]
        inactive = hi <= 0
        unstable = ~inactive & (lo < 0)
        alpha = (hi >= -lo).to(torch.float64)
        s = torch.where(unstable, hi / (hi - lo), torch.zeros_like(hi))
        negative = unstable & (a < 0)
        # a h >= a s (z - l) where a < 0; a h >= a alpha z where a >= 0; a h = a z (active); 0 (inactive)
        constant = constant - torch.where(negative, a * s * lo, torch.zeros_like(a)).sum(dim=1)
        slope = torch.where(unstable, torch.where(a < 0, s, alpha), (~inactive).to(torch.float64))
        a = a * slope
    raise AssertionError("unreachable")


def layer_bounds(net, x0, eps):
    """[l_l], [u_l] of every hidden pre-activation over the ball."""
    center = x0 @ net.weights[0] + net.biases[0]
    reach = eps * net.column_norms
    lower, upper = [center - reach], [center + reach]
    for l in range(1, len(net.weights) - 1):
        hl, hu = lower[-1].clamp(min=0), upper[-1].clamp(min=0)
        w, b = net.weights[l], net.biases[l]
        lo = hl @ w.clamp(min=0) + hu @ w.clamp(max=0) + b
        hi = hu @ w.clamp(min=0) + hl @ w.clamp(max=0) + b
        index = ((lo < 0) & (hi > 0)).nonzero().squeeze(1)
        if index.numel() > 0:
            rows = torch.zeros(2 * index.numel(), lo.numel(), dtype=torch.float64)
            k = torch.arange(index.numel())
            rows[2 * k, index] = 1
            rows[2 * k + 1, index] = -1
            bound = backward(net, rows, l, lower, upper, x0, eps)
            lo[index] = torch.maximum(lo[index], bound[0::2])
            hi[index] = torch.minimum(hi[index], -bound[1::2])
        lower.append(lo)
        upper.append(hi)
    return lower, upper


def margin_rows(classes, label):
    """e_y - e_j for j != y."""
    others = [j for j in range(classes) if j != label]
    rows = torch.zeros(len(others), classes, dtype=torch.float64)
    rows[:, label] = 1
    rows[torch.arange(len(others)), others] = -1
    return rows


def certifies(net, rows, x0, eps):
    lower, upper = layer_bounds(net, x0, eps)
    return bool((backward(net, rows, len(net.weights) - 1, lower, upper, x0, eps) > 0).all())


def radius(net, x0, label):
    """hdae's CertifiedRadius.radius with no upper bound given."""
    rows = margin_rows(net.biases[-1].numel(), label)
    if not bool((rows @ net.logits(x0) > 0).all()):
        return 0.0
    low, high, eps = 0.0, None, FIRST_EPS
    for _ in range(MAX_STEPS):
        if not certifies(net, rows, x0, eps):
            high = eps
            break
        low, eps = eps, eps * 2
    if high is None:
        return low
    for _ in range(MAX_STEPS):
        if not high - low > TOLERANCE * high:
            break
        mid = low + (high - low) / 2
        if certifies(net, rows, x0, mid):
            low = mid
        else:
            high = mid
    return low


def fail(message):
    """One line on standard error and exit code 2, before any long work."""
    print("crown_reference.py: " + message, file=sys.stderr)
    sys.exit(2)


def read_network(path):
    try:
        net = Network(path)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as e:
        fail("cannot read --model %s as an hdae .npz export: %s" % (path, e))
    if net.weights[0].shape[0] != 784 or net.biases[-1].numel() != 10:
        fail("expected an MNIST classifier with 784 inputs and 10 classes in %s, got %s"
             % (path, net.architecture()))
    return net


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_mnist = os.path.join(here, "..", "src", "main", "resources", "hdae", "validate", "data", "mnist")
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--mnist", default=default_mnist, help="folder of the MNIST IDX .gz files")
    p.add_argument("--model", required=True, help="hdae .npz export (W0, b0, W1, b1, ...)")
    p.add_argument("--images", type=int, default=100, help="correctly classified test images timed")
    p.add_argument("--threads", type=int, default=1, help="torch threads")
    p.add_argument("--json", help="write the figures here as JSON")
    a = p.parse_args()
    if not 1 <= a.images <= 10000 or a.threads < 1:
        fail("expected --images in [1, 10000] and --threads >= 1, got %d and %d" % (a.images, a.threads))
    if not os.path.isdir(a.mnist):
        fail("no MNIST folder at %s" % a.mnist)
    torch.set_num_threads(a.threads)
    net = read_network(a.model)

    x_test, y_test = mnist(a.mnist, "test")
    x_test = x_test.to(torch.float64)  # the float32 pixels p/255, exactly, as hdae's MNIST loader has them
    correct = (net.logits(x_test).argmax(1) == y_test).nonzero().squeeze(1)[:a.images]
    if correct.numel() == 0:
        fail("the network in %s classifies no test image correctly" % a.model)
    points, labels = x_test[correct], y_test[correct].tolist()

    with torch.no_grad():
        radius(net, points[0], labels[0])  # warm-up, as hdae's JIT warm-up
        wall, cpu, thread = time.perf_counter(), time.process_time(), time.thread_time()
        radii = [radius(net, points[i], labels[i]) for i in range(len(labels))]
        wall, cpu, thread = (time.perf_counter() - wall, time.process_time() - cpu, time.thread_time() - thread)
    m = len(radii)
    out = {
        "framework": "pytorch " + torch.__version__,
        "python": platform.python_version(),
        "threads": torch.get_num_threads(),
        "architecture": net.architecture(),
        "crown_norm": "L2",
        "crown_box": "none",
        "crown_tolerance": TOLERANCE,
        "crown_images": m,
        "crown_ms_per_image": 1000 * wall / m,
        "crown_cpu_ms_per_image": 1000 * cpu / m,
        "crown_thread_cpu_ms_per_image": 1000 * thread / m,
        "crown_mean_radius": sum(radii) / m,
        "crown_radii": radii,
    }
    emit(out, a.json)


if __name__ == "__main__":
    main()
