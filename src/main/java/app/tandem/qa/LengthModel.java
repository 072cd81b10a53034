package app.tandem.qa;

import java.util.List;

/** Mean and spread of log(target length / source length) over a project's translated segments. */
public record LengthModel(double mean, double sd, int samples) {
    static final int MIN_SAMPLES = 10;

    public static LengthModel learn(List<SegmentPair> pairs) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (SegmentPair p : pairs) {
            if (p.hasTarget() && p.source().length() >= 20) {
                double r = Math.log((double) p.target().length() / p.source().length());
                sum += r;
                sq += r * r;
                n++;
            }
        }
        if (n == 0) {
            return new LengthModel(0, 1, 0);
        }
        double mean = sum / n;
        return new LengthModel(mean, Math.sqrt(Math.max(1e-6, sq / n - mean * mean)), n);
    }

    public boolean usable() {
        return samples >= MIN_SAMPLES;
    }
}
