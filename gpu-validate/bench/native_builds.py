#!/usr/bin/python3
"""ND4J's native builds of nd4j-native (generic x86-64, AVX2, AVX-512) against each other on this CPU.

Runs `hdae bench` (training epoch, FGSM, PGD-L2, DeepFool-L2) with OMP_NUM_THREADS=1 in alternating rounds,
once per build in each round, the build chosen through JavaCPP's platform extension
(-Dorg.bytedeco.javacpp.platform.extension=-avx2 or -avx512, with that classifier's jar on the class path), and
prints per figure the median, min and max of the wall time and of the process CPU time (the CPU time is what a
shared machine inflates least), and the median ratio of each build to the generic one within a round.

    ./hdae bench --train-size 500 --images 10            # builds cli/target/classpath.txt
    for c in avx2 avx512; do mvn -q dependency:get -Dtransitive=false \\
        -Dartifact=org.nd4j:nd4j-native:1.0.0-M2.1:jar:linux-x86_64-$c; done
    /usr/bin/python3 gpu-validate/bench/native_builds.py --rounds 7 --builds generic,avx512
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
JARS = os.path.expanduser("~/.m2/repository/org/nd4j/nd4j-native/1.0.0-M2.1")
# (key, pattern of hdae bench's line): group 1 the wall figure, group 2 the process CPU figure
FIGURES = [
    ("training, s per epoch", r"train .*?: ([\d.]+) s per epoch.*?process CPU ([\d.]+) s"),
    ("FGSM, ms per image", r"FGSM .*?: ([\d.]+) ms per image.*?process CPU ([\d.]+) ms"),
    ("PGD-L2, ms per image", r"PGD-L2 .*?: ([\d.]+) ms per image.*?process CPU ([\d.]+) ms"),
    ("DeepFool-L2, ms per image", r"DeepFool-L2 .*?: ([\d.]+) ms per image.*?process CPU ([\d.]+) ms"),
]


def bench(build, classpath, args):
    jvm = ["java"]
    if build != "generic":
        jar = os.path.join(JARS, "nd4j-native-1.0.0-M2.1-linux-x86_64-%s.jar" % build)
        if not os.path.isfile(jar):
            sys.exit("native_builds.py: %s is missing; fetch it with mvn dependency:get (see the usage)" % jar)
        jvm += ["-Dorg.bytedeco.javacpp.platform.extension=-" + build]
        classpath += ":" + jar
    done = subprocess.run(jvm + ["-Dhdae.home=" + ROOT, "-cp", classpath, "hdae.cli.Hdae", "bench"] + args,
                          env=dict(os.environ, OMP_NUM_THREADS="1"), stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0:
        sys.exit("native_builds.py: hdae bench with the %s build failed:\n%s" % (build, done.stdout[-2000:]))
    figures = {}
    for key, pattern in FIGURES:
        m = re.search(pattern, done.stdout)
        figures[key] = (float(m.group(1)), float(m.group(2)))
    return figures


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--builds", default="generic,avx2,avx512", help="comma-separated; generic first")
    p.add_argument("--images", type=int, default=1000)
    a = p.parse_args()
    builds = a.builds.split(",")
    if a.rounds < 1 or builds[0] != "generic" or not set(builds) <= {"generic", "avx2", "avx512"}:
        sys.exit("native_builds.py: expected --rounds >= 1 and --builds starting with generic, from generic, avx2, avx512")
    stamp = os.path.join(ROOT, "cli", "target", "classpath.txt")
    if not os.path.isfile(stamp):
        sys.exit("native_builds.py: %s is missing; run ./hdae once first" % stamp)
    with open(stamp) as f:
        classpath = os.path.join(ROOT, "cli", "target", "classes") + ":" + f.read().strip()
    runs = {b: [] for b in builds}
    for r in range(a.rounds):
        for b in builds:
            runs[b].append(bench(b, classpath, ["--images", str(a.images)]))
        print("round %d of %d done" % (r + 1, a.rounds), file=sys.stderr)
    print("| figure | build | wall median [min, max] | CPU median [min, max] | CPU ratio to generic, median [min, max] |")
    print("|---|---|---|---|---|")
    for key, _ in FIGURES:
        for b in builds:
            wall = [x[key][0] for x in runs[b]]
            cpu = [x[key][1] for x in runs[b]]
            ratio = [x[key][1] / g[key][1] for x, g in zip(runs[b], runs["generic"])]
            print("| %s | %s | %.3g [%.3g, %.3g] | %.3g [%.3g, %.3g] | %.2f [%.2f, %.2f] |"
                  % (key, b, statistics.median(wall), min(wall), max(wall), statistics.median(cpu), min(cpu),
                     max(cpu), statistics.median(ratio), min(ratio), max(ratio)))


if __name__ == "__main__":
    main()
