package th.prongsai.analytics.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.analytics.facts.Agency;
import th.prongsai.analytics.facts.AnalyticsFrameworks;
import th.prongsai.analytics.facts.Dataset;
import th.prongsai.analytics.facts.Fact;
import th.prongsai.analytics.facts.FactStore;
import th.prongsai.analytics.facts.LaoType;
import th.prongsai.analytics.facts.Provinces;
import th.prongsai.analytics.facts.Source;
import th.prongsai.ita.framework.Framework;

/**
 * Generates the SYNTHETIC national dataset for benchmarks and demos: ~7,850 made-up LAOs with the real mix of
 * types, spread over the 77 provinces, fiscal years 2563–2568, whose national mean of the computed overall follows
 * the published series (domain.md §6). Codes start with 9 (never a real DLA code) and names with "สังเคราะห์ ".
 * The same seed always gives the same dataset; a run replaces the whole synthetic dataset.
 *
 * <p>Model: each indicator's deficit from 100 is {@code D(year) × type factor × exp(agency level + yearly noise
 * + agency-indicator tendency + indicator noise) × indicator factor(year)}, clamped to 0–100 and rounded to 2
 * decimals. The deficit is log-normal, so high-scoring years have the long lower tail the real results show
 * without piling up at 100. D(year) is found by bisection so that the national mean hits the target.
 */
@Service
class SyntheticNationalDataset {

    public static final String NAME_PREFIX = "สังเคราะห์ ";
    public static final String LABEL = "SYNTHETIC: generated data for benchmarks and demos, not NACC results"
            + " (ข้อมูลสังเคราะห์ ไม่ใช่ผลการประเมินจริง)";
    static final int[] YEARS = {2563, 2564, 2565, 2566, 2567, 2568};
    static final double[] TARGET_MEANS = {67.9, 81.25, 87.57, 90.19, 93.05, 93.82};
    /** Type mix of the last year (domain.md §5); Bangkok and Pattaya are the two SPECIAL ones. */
    static final int CITY = 30;

    static final int TOWN = 195;
    static final int SUBDISTRICT = 2_247;
    static final int SAO = 5_300;
    private static final double[] WEIGHTS = {6, 6, 6, 6, 6, 10, 10, 10, 20, 20};
    private static final Logger log = LoggerFactory.getLogger(SyntheticNationalDataset.class);

    private static final String[] FIRST = {
        "หนอง", "นา", "โคก", "ดอน", "ท่า", "บาง", "ห้วย", "คลอง", "แม่", "วัง", "สระ", "ทุ่ง", "บ้าน", "เขา", "ป่า",
        "โนน", "บึง", "ลำ", "หัว", "ศรี", "ไผ่", "ม่วง", "ขาม", "เชียง"
    };
    private static final String[] SECOND = {
        "ใหญ่",
        "แก้ว",
        "ทอง",
        "เหนือ",
        "ใต้",
        "งาม",
        "สวรรค์",
        "หลวง",
        "น้อย",
        "ยาง",
        "บัว",
        "กลาง",
        "ตะวันออก",
        "จันทร์",
        "ทราย",
        "เงิน",
        "สูง",
        "ขาว",
        "แดง",
        "พัฒนา",
        "สามัคคี",
        "เจริญ",
        "ชัย",
        "สุข"
    };

    private final AnalyticsFrameworks frameworks;
    private final FactStore facts;

    public SyntheticNationalDataset(AnalyticsFrameworks frameworks, FactStore facts) {
        this.frameworks = frameworks;
        this.facts = facts;
    }

    /** A made-up LAO: its last-year type, and the year it was upgraded to it (0 = always that type). */
    record Lao(
            String code,
            String province,
            String place,
            LaoType type,
            LaoType before,
            int upgradedIn,
            double level,
            double typeFactor,
            double[] tendency) {

        LaoType typeIn(int year) {
            return upgradedIn != 0 && year < upgradedIn ? before : type;
        }

        String nameIn(int year) {
            LaoType t = typeIn(year);
            String place = t == LaoType.PAO ? Provinces.NAMES_TH.get(province) : this.place;
            return NAME_PREFIX + (t == LaoType.SPECIAL ? place : t.nameTh() + place);
        }
    }

    /** Generates and stores; replaces every synthetic fact in one transaction. */
    @Transactional
    public SyntheticResult generate(long seed) {
        long started = System.nanoTime();
        List<Fact> generated = build(seed);
        facts.removeAll(Dataset.SYNTHETIC);
        facts.writeAll(generated);
        SyntheticResult result = summarise(seed, generated);
        log.info(
                "Synthetic dataset (seed {}) written: {} facts in {} ms, national means {}",
                seed,
                result.facts(),
                (System.nanoTime() - started) / 1_000_000,
                result.nationalMeans());
        return result;
    }

    /** The facts of a seed, computed with libs/ita-framework, not stored. */
    List<Fact> build(long seed) {
        Random random = new Random(seed);
        List<Lao> laos = agencies(random);
        int n = laos.size();
        List<Fact> out = new ArrayList<>(n * YEARS.length);
        for (int y = 0; y < YEARS.length; y++) {
            int year = YEARS[y];
            Framework framework = frameworks.require(year);
            // this year's draws, fixed before the calibration so the bisection sees one landscape
            double[] indicatorFactor = new double[10];
            for (int k = 0; k < 10; k++) {
                indicatorFactor[k] = indicatorFactor(year, k) * Math.exp(0.15 * random.nextGaussian());
            }
            double[][] shape = new double[n][10];
            for (int i = 0; i < n; i++) {
                Lao lao = laos.get(i);
                double yearly = 0.35 * random.nextGaussian();
                for (int k = 0; k < 10; k++) {
                    shape[i][k] = lao.typeFactor()
                            * indicatorFactor[k]
                            * Math.exp(lao.level() + yearly + lao.tendency()[k] + 0.30 * random.nextGaussian());
                }
            }
            double deficit = calibrate(shape, TARGET_MEANS[y]);
            for (int i = 0; i < n; i++) {
                Lao lao = laos.get(i);
                Map<String, BigDecimal> scores = new LinkedHashMap<>();
                for (int k = 0; k < 10; k++) {
                    scores.put(Integer.toString(k + 1), score(deficit * shape[i][k]));
                }
                Agency agency = new Agency(
                        lao.code(), lao.nameIn(year), lao.typeIn(year).name(), lao.province(), null);
                out.add(FactStore.compute(framework, Dataset.SYNTHETIC, agency, scores, null, Source.SYNTHETIC));
            }
        }
        return out;
    }

    /** The base deficit whose national mean overall (computed as the framework does, in doubles) hits the target. */
    private static double calibrate(double[][] shape, double target) {
        double low = 0;
        double high = 200;
        for (int step = 0; step < 50; step++) {
            double mid = (low + high) / 2;
            if (meanOverall(shape, mid) > target) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private static double meanOverall(double[][] shape, double deficit) {
        double sum = 0;
        for (double[] row : shape) {
            double overall = 0;
            for (int k = 0; k < 10; k++) {
                overall += WEIGHTS[k] / 100 * Math.max(0, 100 - deficit * row[k]);
            }
            sum += overall;
        }
        return sum / shape.length;
    }

    private static BigDecimal score(double deficit) {
        double value = Math.min(100, Math.max(0, 100 - deficit));
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** Open data (9, 10) lagged far behind in the early years and caught up; EIT was always the easiest. */
    private static double indicatorFactor(int year, int k) {
        double catchUp = (year - 2563) / 5.0;
        return switch (k) {
            case 0, 1, 2, 3 -> 0.8;
            case 4 -> 1.1;
            case 5, 6, 7 -> 0.7;
            default -> 1.5 - 0.3 * catchUp;
        };
    }

    /** ~7,850 LAOs: one PAO per province outside Bangkok, Bangkok, Pattaya, and municipalities and SAOs spread. */
    static List<Lao> agencies(Random random) {
        List<String> provinces = Provinces.codes().stream()
                .filter(p -> !p.equals(Provinces.BANGKOK))
                .toList();
        // provinces differ in size: weights 0.4–2.0, so some have many more LAOs than others
        double[] weight = new double[provinces.size()];
        double total = 0;
        for (int p = 0; p < weight.length; p++) {
            weight[p] = 0.4 + 1.6 * random.nextDouble();
            total += weight[p];
        }
        Map<String, Integer> running = new TreeMap<>();
        List<Lao> laos = new ArrayList<>();
        laos.add(lao(random, running, Provinces.BANGKOK, "กรุงเทพมหานคร", LaoType.SPECIAL, null, 0));
        laos.add(lao(random, running, Provinces.CHON_BURI, "เมืองพัทยา", LaoType.SPECIAL, null, 0));
        for (String province : provinces) {
            laos.add(lao(random, running, province, null, LaoType.PAO, null, 0));
        }
        Map<LaoType, Integer> counts = new EnumMap<>(LaoType.class);
        counts.put(LaoType.CITY_MUNICIPALITY, CITY);
        counts.put(LaoType.TOWN_MUNICIPALITY, TOWN);
        counts.put(LaoType.SUBDISTRICT_MUNICIPALITY, SUBDISTRICT);
        counts.put(LaoType.SAO, SAO);
        for (Map.Entry<LaoType, Integer> e : counts.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                String province = pick(random, provinces, weight, total);
                // some municipalities were upgraded during 2564–2568 from the type below
                LaoType before = switch (e.getKey()) {
                    case CITY_MUNICIPALITY -> random.nextDouble() < 0.10 ? LaoType.TOWN_MUNICIPALITY : null;
                    case TOWN_MUNICIPALITY -> random.nextDouble() < 0.06 ? LaoType.SUBDISTRICT_MUNICIPALITY : null;
                    case SUBDISTRICT_MUNICIPALITY -> random.nextDouble() < 0.04 ? LaoType.SAO : null;
                    default -> null;
                };
                int upgradedIn = before == null ? 0 : YEARS[1 + random.nextInt(YEARS.length - 1)];
                laos.add(lao(random, running, province, null, e.getKey(), before, upgradedIn));
            }
        }
        return laos;
    }

    private static Lao lao(
            Random random,
            Map<String, Integer> running,
            String province,
            String place,
            LaoType type,
            LaoType before,
            int upgradedIn) {
        int number = running.merge(province, 1, Integer::sum);
        // 9 + province + running number: 9 is no DLA type digit, so a synthetic code never names a real LAO
        String code = "9" + province + String.format("%04d", number);
        String name =
                place != null ? place : FIRST[random.nextInt(FIRST.length)] + SECOND[random.nextInt(SECOND.length)];
        double typeFactor = switch (type) {
            case PAO, CITY_MUNICIPALITY, SPECIAL -> 0.75;
            case TOWN_MUNICIPALITY -> 0.9;
            case SUBDISTRICT_MUNICIPALITY -> 1.0;
            case SAO -> 1.05;
        };
        double[] tendency = new double[10];
        for (int k = 0; k < 10; k++) {
            tendency[k] = 0.2 * random.nextGaussian();
        }
        return new Lao(
                code, province, name, type, before, upgradedIn, 0.55 * random.nextGaussian(), typeFactor, tendency);
    }

    private static String pick(Random random, List<String> provinces, double[] weight, double total) {
        double r = random.nextDouble() * total;
        for (int p = 0; p < weight.length; p++) {
            r -= weight[p];
            if (r < 0) {
                return provinces.get(p);
            }
        }
        return provinces.getLast();
    }

    private static SyntheticResult summarise(long seed, List<Fact> generated) {
        Map<Integer, BigDecimal> sums = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        Map<String, Integer> mix = new LinkedHashMap<>();
        for (LaoType type : LaoType.values()) {
            mix.put(type.name(), 0);
        }
        int lastYear = YEARS[YEARS.length - 1];
        for (Fact fact : generated) {
            sums.merge(fact.fiscalYear(), fact.overall(), BigDecimal::add);
            counts.merge(fact.fiscalYear(), 1, Integer::sum);
            if (fact.fiscalYear() == lastYear) {
                mix.merge(fact.agency().laoType(), 1, Integer::sum);
            }
        }
        Map<Integer, BigDecimal> means = new TreeMap<>();
        sums.forEach((year, sum) ->
                means.put(year, sum.divide(BigDecimal.valueOf(counts.get(year)), 2, RoundingMode.HALF_UP)));
        int agencies = counts.getOrDefault(lastYear, 0);
        return new SyntheticResult(
                Dataset.SYNTHETIC.key(), seed, agencies, generated.size(), YEARS.length, means, mix, LABEL);
    }
}
