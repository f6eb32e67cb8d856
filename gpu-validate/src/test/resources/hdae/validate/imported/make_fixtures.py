#!/usr/bin/python3
"""Makes the fixtures of hdae's Keras and ONNX import tests with frameworks other than hdae (Debian's
PyTorch 1.13, h5py 3.7, onnx 1.12; Keras itself is not needed).

    /usr/bin/python3 gpu-validate/src/test/resources/hdae/validate/imported/make_fixtures.py

Both networks are trained by PyTorch (Adam 1e-3, batch 128, 1 epoch, seed 11) on MNIST area-averaged to 7x7;
the inputs are ../measure/images.npy (the first 40 MNIST test images at 7x7, float64).

Writes, beside this script:
  keras-49-24-10.h5     a ReLU MLP 49-24-10 in the Keras 2 HDF5 layout, written by hand with h5py as
                        keras.Model.save(..., save_format="h5") writes it: root attributes keras_version,
                        backend and model_config (a Sequential: InputLayer, Dense relu, Dense softmax), and the
                        group model_weights/<layer>/<layer>/{kernel:0, bias:0} with the kernel of shape (in, out)
  keras-logits.npy      NumPy's float64 pre-softmax outputs of that network on the 40 images (hdae drops the
                        final softmax: it measures logits, and the argmax is the same), shape (40, 10)
  mlp-gemm.onnx         a ReLU MLP 49-32-16-10 exported by torch.onnx.export (opset 13): Flatten, Gemm, Relu
  mlp-matmul.onnx       the same weights as x @ W + b (MatMul, Add, Relu), exported likewise
  onnx-logits.npy       NumPy's float64 logits of that network on the 40 images, from the initializers read
                        back with onnx.numpy_helper, shape (40, 10)
  binary-16-32-2.npz    a two-class ReLU MLP 16-32-2 (the corrected theorem's check needs two classes), trained by
                        PyTorch (Adam 1e-3, batch 64, 15 epochs, seed 11) on 3000 uniform points of [0,1]^16
                        labelled 1 where a random ReLU teacher (width 8) scores above its 70th percentile
  binary-16-32-2.onnx   the same network exported by torch.onnx.export (Gemm, Relu)
  mlp-196-32-10.npz     a ReLU MLP 196-32-10 trained likewise on MNIST area-averaged to 14x14; with
                        ../measure/mlp-49-32-10.npz (7x7) the pair of resolutions of the A5 slope check
  bad/                  files each reader must refuse with one line naming the file:
    truncated.h5        the first 2048 bytes of keras-49-24-10.h5
    keras-tanh.h5       keras-49-24-10.h5 with a tanh hidden activation (not a ReLU MLP)
    keras-conv.h5       a Sequential holding a Conv2D layer (not a dense network)
    truncated.onnx      the first 300 bytes of mlp-gemm.onnx
    onnx-sigmoid.onnx   an MLP whose hidden activation is Sigmoid (an unsupported operator)
    mlp-bad-shapes.npz  W0 (49, 32) followed by W1 (30, 10): the layers do not chain
    labels-2d.npy       labels of shape (40, 2)
    images-truncated.npy  the first 100 bytes of ../measure/images.npy
    images-50.npy       40 images of 50 values (the networks take 49)
    images-truncated.idx  an IDX image file (plain) whose header announces 40 images of 7x7 but holds 10
"""
import importlib.util
import json
import os

import h5py
import numpy as np
import onnx
import onnx.numpy_helper
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = os.path.join(HERE, "bad")
MNIST = os.path.join(HERE, "..", "..", "..", "..", "..", "main", "resources", "hdae", "validate", "data", "mnist")


def _measure_script():
    """The script beside ../measure's fixtures, for its IDX reader."""
    spec = importlib.util.spec_from_file_location("measure_fixtures", os.path.join(HERE, "..", "measure",
                                                                                   "make_fixtures.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


idx = _measure_script().idx
IMAGES = os.path.join(HERE, "..", "measure", "images.npy")


def area_average(images, block=4):
    """Area average over block x block squares, as hdae's Resolution.downsample(data, block)."""
    x = images.astype(np.float64) / 255.0
    side = 28 // block
    return x.reshape(-1, side, block, side, block).mean(axis=(2, 4)).reshape(-1, side * side)


def train(widths, block=4):
    torch.manual_seed(11)
    x = torch.tensor(area_average(idx(os.path.join(MNIST, "train-images-idx3-ubyte.gz")), block),
                     dtype=torch.float32)
    y = torch.tensor(idx(os.path.join(MNIST, "train-labels-idx1-ubyte.gz")).astype(np.int64))
    layers = []
    for i in range(len(widths) - 1):
        layers.append(torch.nn.Linear(widths[i], widths[i + 1]))
        if i < len(widths) - 2:
            layers.append(torch.nn.ReLU())
    net = torch.nn.Sequential(*layers)
    optimiser = torch.optim.Adam(net.parameters(), lr=1e-3)
    generator = torch.Generator().manual_seed(11)
    order = torch.randperm(x.shape[0], generator=generator)
    for i in range(0, x.shape[0], 128):
        batch = order[i:i + 128]
        optimiser.zero_grad()
        torch.nn.functional.cross_entropy(net(x[batch]), y[batch]).backward()
        optimiser.step()
    return [(m.weight.detach().numpy().T.copy(), m.bias.detach().numpy().copy())
            for m in net if isinstance(m, torch.nn.Linear)]


def binary(path_npz, path_onnx):
    torch.manual_seed(11)
    rng = np.random.default_rng(11)
    x = rng.random((3000, 16))
    w1, b1, w2 = rng.normal(size=(16, 8)), rng.normal(size=8), rng.normal(size=8)
    score = np.maximum(x @ w1 + b1, 0) @ w2
    y = (score > np.quantile(score, 0.7)).astype(np.int64)
    net = torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.ReLU(), torch.nn.Linear(32, 2))
    optimiser = torch.optim.Adam(net.parameters(), lr=1e-3)
    xt, yt = torch.tensor(x, dtype=torch.float32), torch.tensor(y)
    generator = torch.Generator().manual_seed(11)
    for _ in range(15):
        order = torch.randperm(3000, generator=generator)
        for i in range(0, 3000, 64):
            batch = order[i:i + 64]
            optimiser.zero_grad()
            torch.nn.functional.cross_entropy(net(xt[batch]), yt[batch]).backward()
            optimiser.step()
    linears = [m for m in net if isinstance(m, torch.nn.Linear)]
    np.savez(path_npz, **{k: v for i, m in enumerate(linears) for k, v in
                          (("W%d" % i, m.weight.detach().double().numpy().T.copy()),
                           ("b%d" % i, m.bias.detach().double().numpy().copy()))})
    torch.onnx.export(net, torch.zeros(1, 16), path_onnx, input_names=["x"], output_names=["logits"],
                      dynamic_axes={"x": {0: "batch"}, "logits": {0: "batch"}}, opset_version=13)


def numpy_logits(params, x):
    h = x
    for i, (w, b) in enumerate(params):
        h = h @ w.astype(np.float64) + b.astype(np.float64)
        if i < len(params) - 1:
            h = np.maximum(h, 0)
    return h


def dense_config(name, units, activation, inputs=None):
    config = {"name": name, "trainable": True, "dtype": "float32", "units": units, "activation": activation,
              "use_bias": True,
              "kernel_initializer": {"class_name": "VarianceScaling",
                                     "config": {"scale": 1.0, "mode": "fan_avg", "distribution": "uniform",
                                                "seed": None}},
              "bias_initializer": {"class_name": "Zeros", "config": {}},
              "kernel_regularizer": None, "bias_regularizer": None, "activity_regularizer": None,
              "kernel_constraint": None, "bias_constraint": None}
    if inputs is not None:
        config["batch_input_shape"] = [None, inputs]
    return {"class_name": "Dense", "config": config}


def write_keras(path, layers, weights):
    """layers: Keras layer configs; weights: {layer name: [(weight name, array), ...]} in layer order."""
    model = {"class_name": "Sequential", "config": {"name": "sequential", "layers": layers}}
    with h5py.File(path, "w") as f:
        f.attrs["keras_version"] = b"2.2.4"
        f.attrs["backend"] = b"tensorflow"
        f.attrs["model_config"] = json.dumps(model).encode("utf8")
        group = f.create_group("model_weights")
        group.attrs["layer_names"] = np.array([n.encode("utf8") for n in weights])
        group.attrs["backend"] = b"tensorflow"
        group.attrs["keras_version"] = b"2.2.4"
        for name, arrays in weights.items():
            g = group.create_group(name)
            g.attrs["weight_names"] = np.array([(name + "/" + w).encode("utf8") for w, _ in arrays])
            for w, a in arrays:
                g.create_dataset(name + "/" + w, data=a.astype(np.float32))


def keras_mlp(path, params, hidden_activation):
    layers = [dense_config("dense", params[0][0].shape[1], hidden_activation, params[0][0].shape[0]),
              dense_config("dense_1", params[1][0].shape[1], "softmax")]
    weights = {"dense": [("kernel:0", params[0][0]), ("bias:0", params[0][1])],
               "dense_1": [("kernel:0", params[1][0]), ("bias:0", params[1][1])]}
    write_keras(path, layers, weights)


def keras_conv(path):
    layers = [{"class_name": "Conv2D", "config": {
        "name": "conv2d", "trainable": True, "dtype": "float32", "batch_input_shape": [None, 7, 7, 1],
        "filters": 2, "kernel_size": [3, 3], "strides": [1, 1], "padding": "valid", "data_format": "channels_last",
        "dilation_rate": [1, 1], "activation": "relu", "use_bias": True,
        "kernel_initializer": {"class_name": "VarianceScaling",
                               "config": {"scale": 1.0, "mode": "fan_avg", "distribution": "uniform", "seed": None}},
        "bias_initializer": {"class_name": "Zeros", "config": {}}, "kernel_regularizer": None,
        "bias_regularizer": None, "activity_regularizer": None, "kernel_constraint": None, "bias_constraint": None}},
        {"class_name": "Flatten", "config": {"name": "flatten", "trainable": True, "data_format": "channels_last"}},
        dense_config("dense", 10, "softmax")]
    rng = np.random.default_rng(11)
    weights = {"conv2d": [("kernel:0", rng.normal(size=(3, 3, 1, 2))), ("bias:0", np.zeros(2))],
               "flatten": [],
               "dense": [("kernel:0", rng.normal(size=(50, 10))), ("bias:0", np.zeros(10))]}
    write_keras(path, layers, weights)


class MatMulMlp(torch.nn.Module):
    """x @ W + b with ReLU between: torch.onnx.export writes MatMul and Add nodes."""

    def __init__(self, params, activation):
        super().__init__()
        self.w = torch.nn.ParameterList([torch.nn.Parameter(torch.tensor(w)) for w, _ in params])
        self.b = torch.nn.ParameterList([torch.nn.Parameter(torch.tensor(b)) for _, b in params])
        self.activation = activation

    def forward(self, x):
        for i in range(len(self.w)):
            x = x @ self.w[i] + self.b[i]
            if i < len(self.w) - 1:
                x = self.activation(x)
        return x


def gemm_mlp(params):
    layers = [torch.nn.Flatten()]
    for i, (w, b) in enumerate(params):
        linear = torch.nn.Linear(w.shape[0], w.shape[1])
        with torch.no_grad():
            linear.weight.copy_(torch.tensor(w.T))
            linear.bias.copy_(torch.tensor(b))
        layers.append(linear)
        if i < len(params) - 1:
            layers.append(torch.nn.ReLU())
    return torch.nn.Sequential(*layers)


def export_onnx(net, path):
    torch.onnx.export(net, torch.zeros(1, 49), path, input_names=["x"], output_names=["logits"],
                      dynamic_axes={"x": {0: "batch"}, "logits": {0: "batch"}}, opset_version=13)


def onnx_params(path):
    """The (W, b) pairs of an exported Gemm MLP, read back from the file's initializers."""
    model = onnx.load(path)
    init = {t.name: onnx.numpy_helper.to_array(t) for t in model.graph.initializer}
    params = []
    for node in model.graph.node:
        if node.op_type == "Gemm":
            params.append((init[node.input[1]].T, init[node.input[2]]))
    return params


def truncate(source, target, size):
    with open(source, "rb") as f:
        data = f.read(size)
    with open(target, "wb") as f:
        f.write(data)


def main():
    os.makedirs(BAD, exist_ok=True)
    x = np.load(IMAGES)

    keras = train([49, 24, 10])
    keras_mlp(os.path.join(HERE, "keras-49-24-10.h5"), keras, "relu")
    np.save(os.path.join(HERE, "keras-logits.npy"),
            numpy_logits([(w.astype(np.float32), b.astype(np.float32)) for w, b in keras], x))

    mlp = train([49, 32, 16, 10])
    export_onnx(gemm_mlp(mlp), os.path.join(HERE, "mlp-gemm.onnx"))
    export_onnx(MatMulMlp(mlp, torch.relu), os.path.join(HERE, "mlp-matmul.onnx"))
    np.save(os.path.join(HERE, "onnx-logits.npy"), numpy_logits(onnx_params(os.path.join(HERE, "mlp-gemm.onnx")), x))

    binary(os.path.join(HERE, "binary-16-32-2.npz"), os.path.join(HERE, "binary-16-32-2.onnx"))
    fourteen = train([196, 32, 10], block=2)
    np.savez(os.path.join(HERE, "mlp-196-32-10.npz"),
             **{k: v for i, (w, b) in enumerate(fourteen) for k, v in (("W%d" % i, w.astype(np.float64)),
                                                                      ("b%d" % i, b.astype(np.float64)))})

    truncate(os.path.join(HERE, "keras-49-24-10.h5"), os.path.join(BAD, "truncated.h5"), 2048)
    keras_mlp(os.path.join(BAD, "keras-tanh.h5"), keras, "tanh")
    keras_conv(os.path.join(BAD, "keras-conv.h5"))
    truncate(os.path.join(HERE, "mlp-gemm.onnx"), os.path.join(BAD, "truncated.onnx"), 300)
    export_onnx(MatMulMlp(mlp, torch.sigmoid), os.path.join(BAD, "onnx-sigmoid.onnx"))
    np.savez(os.path.join(BAD, "mlp-bad-shapes.npz"), W0=np.zeros((49, 32)), b0=np.zeros(32),
             W1=np.zeros((30, 10)), b1=np.zeros(10))
    np.save(os.path.join(BAD, "labels-2d.npy"), np.zeros((40, 2), dtype=np.int64))
    truncate(IMAGES, os.path.join(BAD, "images-truncated.npy"), 100)
    np.save(os.path.join(BAD, "images-50.npy"), np.zeros((40, 50)))
    with open(os.path.join(BAD, "images-truncated.idx"), "wb") as f:
        f.write(bytes([0, 0, 8, 3]) + (40).to_bytes(4, "big") + (7).to_bytes(4, "big") + (7).to_bytes(4, "big"))
        f.write(np.rint(x[:10] * 255).astype(np.uint8).tobytes())
    print("fixtures written")


if __name__ == "__main__":
    main()
