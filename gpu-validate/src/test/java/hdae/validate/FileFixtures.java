package hdae.validate;

import hdae.validate.data.Dataset;
import hdae.validate.export.NpyArray;
import hdae.validate.export.Npz;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files under {@code src/test/resources/hdae/validate/} made by other frameworks (the scripts
 * {@code measure/make_fixtures.py} and {@code imported/make_fixtures.py} beside them), and the comparison of a
 * network's logits with a framework's.
 */
public final class FileFixtures {

    private FileFixtures() {
    }

    /**
     * @param name a path below {@code hdae/validate/}, for example {@code "measure/images.npy"}
     * @return the file
     */
    public static Path file(String name) {
        try {
            return Path.of(FileFixtures.class.getResource("/hdae/validate/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The largest absolute difference between a network's logits on the data and a reference array.
     *
     * @param model     the network
     * @param data      the inputs
     * @param reference a {@code .npy} file of shape (N, classes) below {@code hdae/validate/}
     * @return \( \max_{i,k} |z_{ik} - z^{\mathrm{ref}}_{ik}| \)
     */
    public static double worstLogitDifference(Classifier model, Dataset data, String reference) {
        NpyArray expected;
        try {
            expected = Npz.decode(Files.readAllBytes(file(reference)), reference);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Batch z = model.logits(Batch.of(data.rows(0, data.size())));
        int classes = model.classes();
        double worst = 0;
        for (int i = 0; i < data.size(); i++) {
            for (int k = 0; k < classes; k++) {
                worst = Math.max(worst, Math.abs(z.get(i, k) - expected.data()[i * classes + k]));
            }
        }
        return worst;
    }
}
