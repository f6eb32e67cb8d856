#!/usr/bin/python3
"""hdae against PyTorch on the same CPU, the same network and the same data, in one run.

Alternates `./hdae bench` and `torch_reference.py` for several rounds: in each round hdae trains the MLP,
exports it as .npz and attacks it; PyTorch trains an MLP of the same shape with the same optimiser and
attacks hdae's exported network, so the attack figures are on the very same weights. Both run with the
same number of native threads. Prints, per figure, the median, min and max over the rounds of each
framework and of the ratio hdae/PyTorch (a ratio below 1 means hdae is faster), as a Markdown table, and
writes every round's raw figures as JSON.

    apt-get install python3-torch          # Debian's PyTorch; not a test dependency of hdae
    /usr/bin/python3 gpu-validate/bench/compare.py --rounds 3 --threads 1 --out bench-results

Options pass through to both programs: --hidden, --images, --train-size, --pgd-steps, --deepfool,
--bisection, --epochs. With --epochs E > 1 the training row is replaced by two, each from the seconds of every
epoch that both programs report: the first epoch (hdae's includes the JIT's compilation of the training step) and
the median of epochs 2 to E (the steady state). With --crown-images M (default 100; 0 skips it) each round also
times CROWN's certified L2 radius on the same exported network and the first M correctly classified test
images: `./hdae bench --mode crown`, then crown_reference.py (the same search in PyTorch float64), and checks
that the radii agree image by image.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))

# (key, label, unit); time-like keys are compared as ratios hdae/PyTorch
FIGURES = [
    ("train_seconds_per_epoch", "training", "s per epoch"),
    ("train_first_epoch_seconds", "training, first epoch", "s"),
    ("train_later_epochs_seconds", "training, epochs 2 to E, median", "s per epoch"),
    ("fgsm_ms_per_image", "FGSM (L-inf, eps 0.1)", "ms per image"),
    ("pgd_ms_per_image", "PGD-L2 (eps 1.0)", "ms per image"),
    ("deepfool_ms_per_image", "DeepFool-L2", "ms per image"),
    ("bisection_ms_per_image", "minimal-L2 PGD bisection", "ms per image"),
    ("crown_ms_per_image", "CROWN certified radius (L2, no box, tolerance 1e-3)", "ms per image"),
    ("crown_thread_cpu_ms_per_image", "CROWN certified radius, thread CPU", "ms per image"),
]
AGREEMENT = [
    ("fgsm_success_rate", "FGSM success rate"),
    ("pgd_success_rate", "PGD-L2 success rate"),
    ("deepfool_mean_l2", "DeepFool-L2 mean L2 of successes"),
    ("deepfool_mean_iterations", "DeepFool-L2 mean iterations"),
    ("bisection_mean_l2", "bisection mean L2"),
    ("crown_mean_radius", "CROWN mean certified radius"),
]


def run(command, env):
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit("compare.py: %s failed (exit %d):\n%s" % (" ".join(command), done.returncode, done.stderr[-2000:]))
    return time.perf_counter() - start


def spread(values):
    return statistics.median(values), min(values), max(values)


def by_epoch(figures):
    """With more than one epoch: the first epoch's seconds and the median of the others, from the list of every
    epoch's seconds, in place of the per-epoch figure (hdae's is the mean over the epochs, PyTorch's the median)."""
    seconds = figures.get("train_seconds_by_epoch", [])
    if len(seconds) > 1:
        figures.pop("train_seconds_per_epoch", None)
        figures["train_first_epoch_seconds"] = seconds[0]
        figures["train_later_epochs_seconds"] = statistics.median(seconds[1:])


def one_round(folder, tag, threads, hidden, images, train_size, pgd_steps, deepfool="box", bisection=False,
              crown_images=0, epochs=1):
    """One alternation: hdae trains, exports (mlp-TAG.npz) and attacks, then torch_reference.py trains its
    own network and attacks hdae's; with crown_images > 0, then `hdae bench --mode crown` and crown_reference.py
    on mlp-TAG.npz (their crown_* figures merged in); returns {"hdae": figures, "pytorch": figures}, written as
    hdae-TAG.json, torch-TAG.json (and hdae-crown-TAG.json, torch-crown-TAG.json) in folder."""
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads))
    common = ["--hidden", hidden, "--images", str(images), "--train-size", str(train_size),
              "--pgd-steps", str(pgd_steps), "--epochs", str(epochs)]
    npz = os.path.join(folder, "mlp-%s.npz" % tag)
    hdae_json = os.path.join(folder, "hdae-%s.json" % tag)
    torch_json = os.path.join(folder, "torch-%s.json" % tag)
    hdae_cmd = ["./hdae", "bench", "--export", npz, "--json", hdae_json, "--deepfool", deepfool] + common
    if bisection:
        hdae_cmd.append("--bisection")
    torch_cmd = ["/usr/bin/python3", os.path.join(HERE, "torch_reference.py"), "--model", npz, "--json",
                 torch_json, "--threads", str(threads),
                 "--deepfool-box", "clip" if deepfool == "box" else "none"] + common
    if not bisection:
        torch_cmd.append("--skip-bisection")
    run(hdae_cmd, env)
    run(torch_cmd, env)
    with open(hdae_json) as f, open(torch_json) as g:
        figures = {"hdae": json.load(f), "pytorch": json.load(g)}
    for side in figures.values():
        by_epoch(side)
    if crown_images > 0:
        crown = {"hdae": os.path.join(folder, "hdae-crown-%s.json" % tag),
                 "pytorch": os.path.join(folder, "torch-crown-%s.json" % tag)}
        run(["./hdae", "bench", "--mode", "crown", "--model", npz, "--images", str(crown_images), "--json",
             crown["hdae"]], env)
        run(["/usr/bin/python3", os.path.join(HERE, "crown_reference.py"), "--model", npz, "--images",
             str(crown_images), "--threads", str(threads), "--json", crown["pytorch"]], env)
        for side, path in crown.items():
            with open(path) as f:
                figures[side].update((k, v) for k, v in json.load(f).items() if k.startswith("crown_"))
    return figures


def crown_agreement(rounds):
    """One line: the radii of hdae and PyTorch compared image by image over every round (the same search on the
    same weights and images, so they should be equal but where a margin bound is within rounding of 0)."""
    pairs = [(h, t) for x in rounds for h, t in zip(x["hdae"].get("crown_radii", []),
                                                      x["pytorch"].get("crown_radii", []))]
    counts = [(x["hdae"].get("crown_images"), x["pytorch"].get("crown_images")) for x in rounds]
    if not pairs:
        return None
    equal = sum(1 for h, t in pairs if h == t)
    worst = max(abs(h - t) / max(abs(h), abs(t)) if h != t else 0.0 for h, t in pairs)
    mean = [abs(x["hdae"]["crown_mean_radius"] - x["pytorch"]["crown_mean_radius"]) / x["pytorch"]["crown_mean_radius"]
            for x in rounds if x["pytorch"].get("crown_mean_radius")]
    return ("CROWN radii image by image: %d of %d equal, largest relative difference %.3g; mean radius relative "
            "difference at most %.3g; images per round (hdae, PyTorch): %s."
            % (equal, len(pairs), worst, max(mean) if mean else float("nan"), counts))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--threads", type=int, default=1, help="native threads of both frameworks")
    p.add_argument("--hidden", default="128")
    p.add_argument("--images", type=int, default=1000)
    p.add_argument("--train-size", type=int, default=60000)
    p.add_argument("--pgd-steps", type=int, default=40)
    p.add_argument("--epochs", type=int, default=1, help="training epochs (default 1: the first epoch only)")
    p.add_argument("--deepfool", choices=["box", "unclipped"], default="box")
    p.add_argument("--bisection", action="store_true")
    p.add_argument("--crown-images", type=int, default=100,
                   help="correctly classified images for the CROWN certified radius; 0 skips it")
    p.add_argument("--out", default="bench-results", help="folder for the raw figures and the table")
    a = p.parse_args()
    if a.rounds < 1 or a.threads < 1 or a.epochs < 1 or not 0 <= a.crown_images <= 10000:
        sys.exit("compare.py: expected --rounds >= 1, --threads >= 1, --epochs >= 1 and --crown-images in [0, 10000]")
    os.makedirs(a.out, exist_ok=True)
    rounds = []
    for r in range(a.rounds):
        rounds.append(one_round(a.out, "round%d" % r, a.threads, a.hidden, a.images, a.train_size, a.pgd_steps,
                                a.deepfool, a.bisection, a.crown_images, a.epochs))
        print("round %d of %d done" % (r + 1, a.rounds), file=sys.stderr)

    lines = ["| workload | hdae median [min, max] | PyTorch median [min, max] | ratio hdae/PyTorch median [min, max] |",
             "|---|---|---|---|"]
    for key, label, unit in FIGURES:
        if not all(key in x["hdae"] and key in x["pytorch"] for x in rounds):
            continue
        h = spread([x["hdae"][key] for x in rounds])
        t = spread([x["pytorch"][key] for x in rounds])
        q = spread([x["hdae"][key] / x["pytorch"][key] for x in rounds])
        lines.append("| %s (%s) | %.3g [%.3g, %.3g] | %.3g [%.3g, %.3g] | **%.2f** [%.2f, %.2f] |"
                     % ((label, unit) + h + t + q))
    lines += ["", "| agreement (median over rounds) | hdae | PyTorch |", "|---|---|---|"]
    for key, label in AGREEMENT:
        h = [x["hdae"][key] for x in rounds if key in x["hdae"]]
        t = [x["pytorch"][key] for x in rounds if key in x["pytorch"]]
        lines.append("| %s | %s | %s |" % (label, "%.4g" % statistics.median(h) if h else "not reported",
                                            "%.4g" % statistics.median(t) if t else "not reported"))
    agreement = crown_agreement(rounds)
    if agreement:
        lines += ["", agreement]
    first = rounds[0]
    lines += ["", "%d alternating rounds, %d native thread(s), %s, %d training epoch(s), %d attacked images, PGD %d "
              "steps, DeepFool %s, CROWN on %d correctly classified images; %s; %s."
              % (a.rounds, a.threads, first["hdae"].get("architecture", "?"), a.epochs, a.images, a.pgd_steps,
                 a.deepfool,
                 a.crown_images, first["hdae"].get("framework", "hdae"), first["pytorch"].get("framework", "pytorch"))]
    table = "\n".join(lines)
    with open(os.path.join(a.out, "rounds.json"), "w") as f:
        json.dump(rounds, f, indent=2)
    with open(os.path.join(a.out, "table.md"), "w") as f:
        f.write(table + "\n")
    print(table)


if __name__ == "__main__":
    main()
