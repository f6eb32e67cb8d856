#!/usr/bin/python3
"""PyTorch reference for `hdae bench`: the same workloads, the same definitions, on the same data.

Run with Debian's PyTorch (apt-get install python3-torch), not a pip wheel, so that the comparison is
with what a researcher on this machine would use:

    /usr/bin/python3 gpu-validate/bench/torch_reference.py --model mlp.npz --json torch.json

Workloads (each the definition of hdae's ToolkitBenchmark, so that figures compare like with like):
  * training: ReLU MLP 784-H-...-10, float32, Adam (lr 1e-3), batch 128, one epoch of the MNIST training
    set, shuffled with a seeded generator; seconds per epoch (wall clock; this and every attack's time are
    also given as process CPU time, time.process_time() of every thread of this process, under *_cpu_* keys);
  * attacks on the network in --model (an hdae `.npz` export: W0, b0, W1, b1, ... of shape (in, out)),
    float32, on the first --images test images, batched:
      FGSM (L-inf, eps 0.1), PGD-L2 (eps 1.0, T steps of 2.5 eps / T, random start in the ball, a sample
      stops at its first adversarial iterate), DeepFool-L2 (at most 50 steps, all classes as candidates,
      overshoot 0.02; `--deepfool-box clip` makes it box-aware as hdae's is, `none` is the textbook
      attack), and the minimal-L2 search by PGD bisection (initial eps 1, 10 doublings, 10 halvings,
      inner PGD of 50 steps of 0.05 eps from x itself, no random start, as hdae's L2PgdBisection.INNER);
      milliseconds per image, with success rates, mean distances and DeepFool's mean number of iterations.
This script is a benchmark aid, not a test dependency.
"""
import argparse
import gzip
import json
import os
import platform
import sys
import time

import numpy as np
import torch


def read_idx(path):
    """An IDX file (plain or gzip) as a numpy array."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    magic = int.from_bytes(data[0:4], "big")
    dims = magic & 0xFF
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def mnist(folder, split):
    prefix = "train" if split == "train" else "t10k"
    x = read_idx(os.path.join(folder, prefix + "-images-idx3-ubyte.gz")).reshape(-1, 784) / 255.0
    y = read_idx(os.path.join(folder, prefix + "-labels-idx1-ubyte.gz")).astype(np.int64)
    return torch.tensor(x, dtype=torch.float32), torch.tensor(y)


def mlp(sizes):
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(torch.nn.Linear(sizes[i], sizes[i + 1]))
        if i < len(sizes) - 2:
            layers.append(torch.nn.ReLU())
    return torch.nn.Sequential(*layers)


def load_npz(path):
    arrays = np.load(path)
    count = sum(1 for k in arrays.files if k.startswith("W"))
    sizes = [arrays["W0"].shape[0]] + [arrays["W%d" % i].shape[1] for i in range(count)]
    model = mlp(sizes)
    linears = [m for m in model if isinstance(m, torch.nn.Linear)]
    with torch.no_grad():
        for i, layer in enumerate(linears):
            layer.weight.copy_(torch.tensor(arrays["W%d" % i].T, dtype=torch.float32))
            layer.bias.copy_(torch.tensor(arrays["b%d" % i], dtype=torch.float32))
    return model.eval()


def train_epoch(model, optimiser, x, y, batch, seed):
    generator = torch.Generator().manual_seed(seed)
    order = torch.randperm(x.shape[0], generator=generator)
    loss_fn = torch.nn.CrossEntropyLoss()

    def steps():
        for i in range(0, x.shape[0], batch):
            idx = order[i:i + batch]
            optimiser.zero_grad(set_to_none=True)
            loss = loss_fn(model(x[idx]), y[idx])
            loss.backward()
            optimiser.step()
        return float(loss)
    return timed(steps)


def input_gradient(model, x, y):
    x = x.clone().requires_grad_(True)
    loss = torch.nn.functional.cross_entropy(model(x), y, reduction="sum")
    (g,) = torch.autograd.grad(loss, x)
    return g


def fgsm(model, x, y, eps):
    adv = (x + eps * input_gradient(model, x, y).sign()).clamp(0, 1)
    with torch.no_grad():
        return (model(adv).argmax(1) != y).float().mean().item()


def project_l2(x, adv, eps):
    """Onto the L2 ball of radius eps (per row) around x, then into the box [0,1]."""
    delta = adv - x
    norm = delta.norm(dim=1, keepdim=True)
    delta = delta * torch.clamp(eps / torch.clamp(norm, min=1e-30), max=1.0)
    return (x + delta).clamp(0, 1)


def pgd_l2(model, x, y, eps, steps, relative_step, generator, random_start=True):
    """Per-row eps (tensor of shape (rows, 1)); returns the success mask."""
    rows, n = x.shape
    if random_start:
        direction = torch.randn(rows, n, generator=generator)
        direction = direction / direction.norm(dim=1, keepdim=True)
        radius = eps * torch.rand(rows, 1, generator=generator) ** (1.0 / n)
        adv = project_l2(x, x + radius * direction, eps)
    else:
        adv = x.clone()
    done = torch.zeros(rows, dtype=torch.bool)
    for _ in range(steps):
        with torch.no_grad():
            done |= model(adv).argmax(1) != y
        if bool(done.all()):
            break
        g = input_gradient(model, adv, y)
        length = g.norm(dim=1, keepdim=True)
        step = relative_step * eps * g / torch.clamp(length, min=1e-30)
        step[done] = 0
        adv = project_l2(x, adv + step, eps)
    with torch.no_grad():
        done |= model(adv).argmax(1) != y
    return done


def deepfool_l2(model, x, y, steps=50, overshoot=0.02, box=True):
    """Batched multi-class DeepFool; returns (distances, iterations) with +inf where it failed."""
    rows, n = x.shape
    with torch.no_grad():
        classes = model(x[:1]).shape[1]
    adv = x.clone()
    total = torch.zeros_like(x)
    iterations = torch.zeros(rows, dtype=torch.int64)
    active = torch.arange(rows)
    for _ in range(steps):
        if active.numel() == 0:
            break
        point = adv[active].clone().requires_grad_(True)
        logits = model(point)
        labels = y[active]
        still = logits.argmax(1) == labels
        if not bool(still.any()):
            break
        active, point_rows = active[still], still.nonzero().squeeze(1)
        labels = labels[still]
        # the Jacobian of every logit, one backward pass per class for the whole batch
        grads = []
        for k in range(classes):
            (g,) = torch.autograd.grad(logits[:, k].sum(), point, retain_graph=k < classes - 1)
            grads.append(g[point_rows])
        jac = torch.stack(grads, 1)  # rows x classes x n
        z = logits.detach()[point_rows]
        w = jac - jac[torch.arange(labels.numel()), labels].unsqueeze(1)
        f = z - z.gather(1, labels.unsqueeze(1))
        if box:
            here = adv[active].unsqueeze(1)
            blocked = ((w < 0) & (here <= 0)) | ((w > 0) & (here >= 1))
            w = w.masked_fill(blocked, 0.0)
        dual = w.norm(dim=2)
        ratio = f.abs() / dual
        ratio[torch.arange(labels.numel()), labels] = float("inf")
        ratio[dual == 0] = float("inf")
        best = ratio.argmin(1)
        pick = torch.arange(labels.numel())
        r = (ratio[pick, best] / dual[pick, best]).unsqueeze(1) * w[pick, best]
        r[torch.isinf(ratio[pick, best])] = 0
        total[active] += r
        candidate = x[active] + (1 + overshoot) * total[active]
        if box:
            candidate = candidate.clamp(0, 1)
            total[active] = (candidate - x[active]) / (1 + overshoot)
        adv[active] = candidate.detach()
        iterations[active] += 1
    with torch.no_grad():
        success = model(adv).argmax(1) != y
    distances = (adv - x).norm(dim=1)
    distances[~success] = float("inf")
    return distances, iterations


def minimal_l2_pgd(model, x, y, generator, initial=1.0, doublings=10, halvings=10):
    rows = x.shape[0]
    lo = torch.zeros(rows, 1)
    hi = torch.full((rows, 1), float("inf"))
    eps = torch.full((rows, 1), initial)
    for _ in range(doublings + 1):
        open_rows = torch.isinf(hi).squeeze(1)
        if not bool(open_rows.any()):
            break
        ok = pgd_l2(model, x[open_rows], y[open_rows], eps[open_rows], 50, 0.05, generator, random_start=False)
        idx = open_rows.nonzero().squeeze(1)
        hi[idx[ok]] = eps[idx[ok]]
        lo[idx[~ok]] = eps[idx[~ok]]
        eps[idx[~ok]] *= 2
    found = ~torch.isinf(hi).squeeze(1)
    for _ in range(halvings):
        idx = found.nonzero().squeeze(1)
        if idx.numel() == 0:
            break
        mid = (lo[idx] + hi[idx]) / 2
        ok = pgd_l2(model, x[idx], y[idx], mid, 50, 0.05, generator, random_start=False)
        hi[idx[ok]] = mid[ok]
        lo[idx[~ok]] = mid[~ok]
    return hi.squeeze(1)


def emit(figures, path):
    """Prints the figures as JSON and, if path is given, writes them there atomically (a temporary file renamed)."""
    text = json.dumps(figures, indent=2)
    if path:
        with open(path + ".tmp", "w") as f:
            f.write(text + "\n")
        os.replace(path + ".tmp", path)
    print(text)


def timed(task):
    """(wall seconds, process CPU seconds, result) of task()."""
    start, cpu = time.perf_counter(), time.process_time()
    result = task()
    return time.perf_counter() - start, time.process_time() - cpu, result


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_mnist = os.path.join(here, "..", "src", "main", "resources", "hdae", "validate", "data", "mnist")
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--mnist", default=default_mnist, help="folder of the four MNIST IDX .gz files")
    p.add_argument("--model", help="hdae .npz export to attack (default: the network trained here)")
    p.add_argument("--hidden", default="128", help="hidden widths of the trained MLP, e.g. 128 or 128,128")
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--train-size", type=int, default=60000)
    p.add_argument("--images", type=int, default=1000)
    p.add_argument("--pgd-steps", type=int, default=20)
    p.add_argument("--deepfool-box", choices=["clip", "none"], default="clip")
    p.add_argument("--skip-bisection", action="store_true", help="skip the minimal-L2 PGD bisection")
    p.add_argument("--threads", type=int, default=0, help="torch threads (default: PyTorch's own choice)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", help="write the figures here as JSON")
    a = p.parse_args()
    if a.threads > 0:
        torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    if not os.path.isdir(a.mnist):
        sys.exit("torch_reference.py: no MNIST folder at %s" % a.mnist)

    x_train, y_train = mnist(a.mnist, "train")
    x_train, y_train = x_train[:a.train_size], y_train[:a.train_size]
    x_test, y_test = mnist(a.mnist, "test")
    sizes = [784] + [int(h) for h in a.hidden.split(",") if h] + [10]
    net = mlp(sizes)
    epoch_seconds, epoch_cpu = [], []
    # one optimiser for all epochs: Adam's moments and step count carry over, as in hdae
    optimiser = torch.optim.Adam(net.parameters(), lr=1e-3)
    for epoch in range(a.epochs):
        seconds, cpu, loss = train_epoch(net, optimiser, x_train, y_train, 128, a.seed + epoch)
        epoch_seconds.append(seconds)
        epoch_cpu.append(cpu)
    model = load_npz(a.model) if a.model else net.eval()
    for parameter in model.parameters():
        parameter.requires_grad_(False)

    x, y = x_test[:a.images], y_test[:a.images]
    generator = torch.Generator().manual_seed(a.seed)
    # each attack runs once untimed on the same images before its timed run, as in hdae's benchmark (the PGD
    # warm-up draws its random start from a generator of its own, so the timed runs draw what they drew before)
    fgsm(model, x, y, 0.1)
    t_fgsm, c_fgsm, fgsm_rate = timed(lambda: fgsm(model, x, y, 0.1))
    eps = torch.full((x.shape[0], 1), 1.0)
    pgd_l2(model, x, y, eps, a.pgd_steps, 2.5 / a.pgd_steps, torch.Generator().manual_seed(a.seed))
    t_pgd, c_pgd, pgd_ok = timed(lambda: pgd_l2(model, x, y, eps, a.pgd_steps, 2.5 / a.pgd_steps, generator))
    box = a.deepfool_box == "clip"
    deepfool_l2(model, x, y, box=box)
    t_df, c_df, (df_dist, df_iter) = timed(lambda: deepfool_l2(model, x, y, box=box))
    finite = df_dist[torch.isfinite(df_dist) & (df_dist > 0)]
    out = {
        "framework": "pytorch " + torch.__version__,
        "python": platform.python_version(),
        "threads": torch.get_num_threads(),
        "architecture": "-".join(str(s) for s in sizes),
        "train_seconds_per_epoch": float(np.median(epoch_seconds)),
        "train_cpu_seconds_per_epoch": float(np.median(epoch_cpu)),
        "train_seconds_by_epoch": [float(s) for s in epoch_seconds],
        "train_final_loss": loss,
        "images": int(x.shape[0]),
        "fgsm_ms_per_image": 1000 * t_fgsm / x.shape[0],
        "fgsm_cpu_ms_per_image": 1000 * c_fgsm / x.shape[0],
        "fgsm_success_rate": fgsm_rate,
        "pgd_steps": a.pgd_steps,
        "pgd_ms_per_image": 1000 * t_pgd / x.shape[0],
        "pgd_cpu_ms_per_image": 1000 * c_pgd / x.shape[0],
        "pgd_success_rate": pgd_ok.float().mean().item(),
        "deepfool_box": a.deepfool_box,
        "deepfool_ms_per_image": 1000 * t_df / x.shape[0],
        "deepfool_cpu_ms_per_image": 1000 * c_df / x.shape[0],
        "deepfool_success_rate": torch.isfinite(df_dist).float().mean().item(),
        "deepfool_mean_l2": finite.mean().item() if finite.numel() else float("nan"),
        "deepfool_mean_iterations": df_iter.float().mean().item(),
    }
    if not a.skip_bisection:
        t_bis, c_bis, hi = timed(lambda: minimal_l2_pgd(model, x, y, generator))
        with torch.no_grad():
            correct = model(x).argmax(1) == y
        ok = torch.isfinite(hi) & correct  # hdae reports 0 for inputs already misclassified
        out["bisection_ms_per_image"] = 1000 * t_bis / x.shape[0]
        out["bisection_cpu_ms_per_image"] = 1000 * c_bis / x.shape[0]
        out["bisection_mean_l2"] = hi[ok].mean().item() if bool(ok.any()) else float("nan")
    emit(out, a.json)


if __name__ == "__main__":
    main()
