/**
 * Interchange with Python: NumPy {@code .npy}/{@code .npz} encoding and decoding
 * ({@link hdae.validate.export.Npz}, {@link hdae.validate.export.NpyArray}) and the export of a trained dense
 * network as arrays {@code W0, b0, W1, b1, ...} ({@link hdae.validate.export.MlpExport}) that PyTorch or
 * Foolbox can load to run the same network. Files are written atomically. The other way, a user's network is read
 * by {@link hdae.validate.export.ModelFile} from {@code .npz}, from a Keras HDF5 file through Deeplearning4j's Keras
 * import ({@link hdae.validate.export.KerasImport}) or from ONNX ({@link hdae.validate.export.OnnxImport}), each a
 * dense ReLU MLP.
 *
 * <p>Legend: \(W_i\) the weights of layer \(i\), shape (in, out); \(b_i\) its bias, shape (out,); \(h_i\) the
 * activations entering layer \(i\); \(\mathrm{relu}(t) = \max(t, 0)\); \(z\) the logits; \(L\) the number of
 * layers.
 */
package hdae.validate.export;
