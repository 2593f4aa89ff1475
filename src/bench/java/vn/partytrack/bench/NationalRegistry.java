package vn.partytrack.bench;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The national registry: provincial committees ({@code NAT-P01}…), district-level committees ({@code NAT-P01-C01}…)
 * and grassroots organisations ({@code NAT-P01-C01-U00001}…), with their blocs, sectors and members, and the accounts.
 * The first committee, {@code NAT-P01-C01}, has exactly {@link #FIRST_COMMITTEE_UNITS} grassroots units of which
 * {@link #FIRST_COMMITTEE_HCSN} are in the HCSN bloc (units 6, 12, … 198, all among the first 200, which get secretary
 * accounts). Everything is computed in memory from the seed before anything is written.
 */
final class NationalRegistry {

    static final int FIRST_COMMITTEE_UNITS = 700;
    static final int FIRST_COMMITTEE_HCSN = 33;
    static final int SECRETARY_ACCOUNTS = 200;
    static final String TERM_LABEL = "2020–2025";
    /** The password of every generated account is PartyTrack@2020, as for the sample accounts (db/sample/V3). */
    static final String PASSWORD_HASH =
            "PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=";
    static final String STAFF = "nat-staff";
    static final String LEADER = "nat-lanhdao";

    static final int DANG_BO = 0;
    static final int CHI_BO = 1;
    static final String[] BLOCS = {"HCSN", "PHUONG", "DOANH_NGHIEP", "LLVT"};
    static final int HCSN = 0, PHUONG = 1, DOANH_NGHIEP = 2, LLVT = 3;
    static final String[] SECTORS = {"GIAO_DUC", "Y_TE", "NCKH", "NOI_CHINH", "VAN_HOA", "KINH_TE", "HANH_CHINH", "KHAC"};
    static final int GIAO_DUC = 0, Y_TE = 1, NCKH = 2, NOI_CHINH = 3, VAN_HOA = 4, KINH_TE = 5, HANH_CHINH = 6, KHAC = 7;

    private static final int CITIES = 5;

    final int provinces;
    final String[] provinceCode;
    final String[] provinceName;
    final String[] provinceSecretary;
    final long[] provinceId;

    final int committees;
    final String[] committeeCode;
    final String[] committeeName;
    /** "huyện Mẫu An Phú", as offices of the committee's area name it. */
    final String[] committeeArea;
    /** The abbreviation in document numbers: HU (huyện ủy), QU, TU (thị ủy), TP. */
    final String[] committeeAbbreviation;
    final String[] committeeSecretary;
    final int[] committeeProvince;
    final long[] committeeId;

    final int units;
    final String[] unitCode;
    final String[] unitName;
    final String[] unitHost;
    final String[] unitSecretary;
    final String[] unitDeputy;
    final int[] unitCommittee;
    final byte[] unitType;
    final byte[] unitBloc;
    final byte[] unitSector;
    final int[] unitTotal;
    final int[] unitFull;
    final int[] unitProbationary;
    final long[] unitId;

    NationalRegistry(long seed, int provinces, int committees, int units, long membersTarget, long firstId) {
        if (committees < provinces || units < FIRST_COMMITTEE_UNITS + (committees - 1) * 5L) {
            throw new IllegalArgumentException("need at least one committee per province and 5 units per committee besides the first");
        }
        this.provinces = provinces;
        this.committees = committees;
        this.units = units;
        SplittableRandom r = NationalDataset.random(seed, 'R', 0);

        // provinces: the first five are centrally-run cities (Thành ủy), the others provinces (Tỉnh ủy)
        provinceCode = new String[provinces];
        provinceName = new String[provinces];
        provinceSecretary = new String[provinces];
        provinceId = new long[provinces];
        String[] provincePlace = new String[provinces];
        Set<String> used = new HashSet<>();
        int[] placeOrder = shuffled(30 * 29, r);
        int next = 0;
        for (int p = 0; p < provinces; p++) {
            String place;
            do {
                place = NationalNames.place(placeOrder[next++ % placeOrder.length]);
            } while (!used.add(place) && next < placeOrder.length * 2);
            provincePlace[p] = place;
            provinceCode[p] = String.format("NAT-P%02d", p + 1);
            provinceName[p] = NationalNames.nfc((p < CITIES ? "Thành ủy Mẫu " : "Tỉnh ủy Mẫu ") + place);
            provinceSecretary[p] = NationalNames.person(r);
            provinceId[p] = firstId + p;
        }

        // district-level committees: at least four per province, the rest spread with varying weights
        int[] perProvince = spread(committees, provinces, 4, r, 0.6);
        committeeCode = new String[committees];
        committeeName = new String[committees];
        committeeArea = new String[committees];
        committeeAbbreviation = new String[committees];
        committeeSecretary = new String[committees];
        committeeProvince = new int[committees];
        committeeId = new long[committees];
        int c = 0;
        for (int p = 0; p < provinces; p++) {
            Set<String> names = new HashSet<>();
            for (int k = 0; k < perProvince[p]; k++, c++) {
                int kind = r.nextInt(100);
                String committee, area, abbreviation;
                if (p < CITIES) {
                    boolean district = kind < 60;
                    committee = district ? "Quận ủy" : "Huyện ủy";
                    area = district ? "quận" : "huyện";
                    abbreviation = district ? "QU" : "HU";
                } else if (kind < 75) {
                    committee = "Huyện ủy";
                    area = "huyện";
                    abbreviation = "HU";
                } else if (kind < 90) {
                    committee = "Thị ủy";
                    area = "thị xã";
                    abbreviation = "TU";
                } else {
                    committee = "Thành ủy";
                    area = "thành phố";
                    abbreviation = "TP";
                }
                String place;
                do {
                    place = NationalNames.place(r);
                } while (!names.add(place));
                committeeCode[c] = String.format("%s-C%02d", provinceCode[p], k + 1);
                committeeName[c] = NationalNames.nfc(committee + " Mẫu " + place);
                committeeArea[c] = NationalNames.nfc(area + " Mẫu " + place);
                committeeAbbreviation[c] = abbreviation;
                committeeSecretary[c] = NationalNames.person(r);
                committeeProvince[c] = p;
                committeeId[c] = firstId + provinces + c;
            }
        }

        // grassroots units: 700 under the first committee, the others spread between 5 and a few hundred per committee
        int[] perCommittee = new int[committees];
        perCommittee[0] = FIRST_COMMITTEE_UNITS;
        if (committees > 1) {
            int[] rest = spread(units - FIRST_COMMITTEE_UNITS, committees - 1, Math.min(20, (units - FIRST_COMMITTEE_UNITS) / (committees - 1)), r, 0.45);
            System.arraycopy(rest, 0, perCommittee, 1, committees - 1);
        }
        unitCode = new String[units];
        unitName = new String[units];
        unitHost = new String[units];
        unitSecretary = new String[units];
        unitDeputy = new String[units];
        unitCommittee = new int[units];
        unitType = new byte[units];
        unitBloc = new byte[units];
        unitSector = new byte[units];
        unitTotal = new int[units];
        unitFull = new int[units];
        unitProbationary = new int[units];
        unitId = new long[units];
        double[] raw = new double[units];
        int u = 0;
        for (c = 0; c < committees; c++) {
            for (int k = 1; k <= perCommittee[c]; k++, u++) {
                SplittableRandom ur = NationalDataset.random(seed, 'U', u);
                int bloc;
                if (c == 0) {
                    // the benchmark's committee: 33 HCSN units at 6, 12, … 198, the others in the three other blocs
                    bloc = k % 6 == 0 && k <= 6 * FIRST_COMMITTEE_HCSN ? HCSN : 1 + weighted(ur, 35, 45, 20);
                } else {
                    bloc = weighted(ur, 35, 25, 30, 10);
                }
                int dangBoPercent = switch (bloc) {
                    case PHUONG -> 60;
                    case LLVT -> 25;
                    default -> 20;
                };
                int type = ur.nextInt(100) < dangBoPercent ? DANG_BO : CHI_BO;
                int sector = sector(bloc, ur);
                String host = host(bloc, sector, committeeArea[c], ur);
                unitCode[u] = String.format("%s-U%05d", committeeCode[c], k);
                unitHost[u] = NationalNames.nfc(host);
                unitName[u] = NationalNames.nfc((type == DANG_BO ? "Đảng bộ " : "Chi bộ ") + host);
                unitSecretary[u] = NationalNames.person(ur);
                unitDeputy[u] = type == CHI_BO && ur.nextInt(100) < 30 ? null : NationalNames.person(ur);
                unitCommittee[u] = c;
                unitType[u] = (byte) type;
                unitBloc[u] = (byte) bloc;
                unitSector[u] = (byte) sector;
                raw[u] = members(bloc, type, ur);
                unitId[u] = firstId + provinces + committees + u;
            }
        }

        // scale the sizes to the national total, then split each into full and probationary members
        double sum = 0;
        for (double v : raw) {
            sum += v;
        }
        double factor = membersTarget / sum;
        for (u = 0; u < units; u++) {
            SplittableRandom ur = NationalDataset.random(seed, 'M', u);
            int total = (int) Math.max(unitType[u] == DANG_BO ? 30 : 5, Math.round(raw[u] * factor));
            if (unitType[u] == CHI_BO) {
                total = Math.min(total, 180); // a cell that large would have become a Party committee
            }
            int probationary = (int) Math.round(total * (0.02 + 0.06 * ur.nextDouble()));
            unitTotal[u] = total;
            unitProbationary[u] = probationary;
            unitFull[u] = total - probationary;
        }
    }

    long totalMembers() {
        long t = 0;
        for (int v : unitTotal) {
            t += v;
        }
        return t;
    }

    int firstCommitteeHcsn() {
        int n = 0;
        for (int u = 0; u < units; u++) {
            if (unitCommittee[u] == 0 && unitBloc[u] == HCSN) {
                n++;
            }
        }
        return n;
    }

    /** The account name of a unit's secretary; units 1…200 of NAT-P01-C01 have real accounts under that name. */
    static String secretaryAccount(int unit) {
        return String.format("nat-bithu-%05d", unit + 1);
    }

    // ---- COPY

    static final String ORGANISATION_COLUMNS = "id, code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, "
            + "members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, active, sample, created_at";

    void writeProvinces(NationalRows rows, NationalDataset.Reference ref) throws SQLException {
        long created = NationalTime.at(NationalTime.day(2020, 1, 2), 8 * 60);
        for (int p = 0; p < provinces; p++) {
            rows.col(provinceId[p]).col(provinceCode[p]).col(provinceName[p]).col(ref.type("TINH_UY")).nul().nul().nul().nul()
                    .col(0).col(0).col(0).col(provinceSecretary[p]).nul().col(TERM_LABEL).col(true).col(false).ts(created);
            rows.end();
        }
    }

    void writeCommittees(NationalRows rows, NationalDataset.Reference ref) throws SQLException {
        long created = NationalTime.at(NationalTime.day(2020, 1, 2), 9 * 60);
        for (int c = 0; c < committees; c++) {
            rows.col(committeeId[c]).col(committeeCode[c]).col(committeeName[c]).col(ref.type("CAP_TREN_CO_SO"))
                    .col(provinceId[committeeProvince[c]]).nul().nul().nul().col(0).col(0).col(0).col(committeeSecretary[c]).nul()
                    .col(TERM_LABEL).col(true).col(false).ts(created);
            rows.end();
        }
    }

    void writeUnits(NationalRows rows, NationalDataset.Reference ref) throws SQLException {
        long dangBo = ref.type("DANG_BO_CO_SO");
        long chiBo = ref.type("CHI_BO_CO_SO");
        long[] blocs = new long[BLOCS.length];
        for (int b = 0; b < BLOCS.length; b++) {
            blocs[b] = ref.bloc(BLOCS[b]);
        }
        long[] sectors = new long[SECTORS.length];
        for (int s = 0; s < SECTORS.length; s++) {
            sectors[s] = ref.sector(SECTORS[s]);
        }
        long created = NationalTime.at(NationalTime.day(2020, 1, 3), 8 * 60);
        for (int u = 0; u < units; u++) {
            rows.col(unitId[u]).col(unitCode[u]).col(unitName[u]).col(unitType[u] == DANG_BO ? dangBo : chiBo)
                    .col(committeeId[unitCommittee[u]]).col(blocs[unitBloc[u]]).col(sectors[unitSector[u]]).col(unitHost[u])
                    .col(unitTotal[u]).col(unitFull[u]).col(unitProbationary[u]).col(unitSecretary[u]).col(unitDeputy[u])
                    .col(TERM_LABEL).col(true).col(false).ts(created + u % 3600);
            rows.end();
        }
    }

    static final String ACCOUNT_COLUMNS = "username, full_name, password_hash, role, board_id, organisation_id, email, sample, created_at";

    void writeAccounts(NationalRows rows, NationalDataset.Reference ref) throws SQLException {
        long created = NationalTime.at(NationalTime.day(2020, 1, 6), 8 * 60);
        rows.col(STAFF).col("Nguyễn Thị Thu Hằng (dữ liệu quốc gia)").col(PASSWORD_HASH).col("STAFF").col(ref.board("TO_CHUC")).nul()
                .col(STAFF + "@partytrack.example").col(false).ts(created);
        rows.end();
        rows.col(LEADER).col("Trần Quốc Đại (dữ liệu quốc gia)").col(PASSWORD_HASH).col("LEADER").nul().nul()
                .col(LEADER + "@partytrack.example").col(false).ts(created);
        rows.end();
        for (int u = 0; u < Math.min(SECRETARY_ACCOUNTS, units); u++) {
            if (unitCommittee[u] != 0) {
                break;
            }
            String name = secretaryAccount(u);
            rows.col(name).col(unitSecretary[u]).col(PASSWORD_HASH).col("SECRETARY").nul().col(unitId[u])
                    .col(name + "@partytrack.example").col(false).ts(created + 60L * u);
            rows.end();
        }
    }

    // ---- generation

    /**
     * A log-normal size by kind of unit: communes and wards hold most members (retired members live there), a few
     * hundred each; offices, firms and units of the armed forces a few dozen, their Party committees about a hundred.
     */
    private static double members(int bloc, int type, SplittableRandom r) {
        double g = gaussian(r);
        if (type == DANG_BO) {
            double median = switch (bloc) {
                case PHUONG -> 380;
                case HCSN -> 90;
                case DOANH_NGHIEP -> 105;
                default -> 115;
            };
            return clamp(median * Math.exp((bloc == PHUONG ? 0.45 : 0.5) * g), 30, 2000);
        }
        double median = switch (bloc) {
            case PHUONG -> 85;
            case HCSN -> 22;
            case DOANH_NGHIEP -> 20;
            default -> 25;
        };
        return clamp(median * Math.exp(0.45 * g), 5, 150);
    }

    private static int sector(int bloc, SplittableRandom r) {
        return switch (bloc) {
            case HCSN -> new int[] {GIAO_DUC, Y_TE, NCKH, NOI_CHINH, VAN_HOA, KINH_TE, HANH_CHINH}[weighted(r, 40, 15, 5, 10, 10, 8, 12)];
            case PHUONG -> r.nextInt(100) < 85 ? HANH_CHINH : KHAC;
            case DOANH_NGHIEP -> r.nextInt(100) < 85 ? KINH_TE : KHAC;
            default -> NOI_CHINH;
        };
    }

    private static String host(int bloc, int sector, String area, SplittableRandom r) {
        String q = NationalNames.qualifier(r);
        return switch (bloc) {
            case HCSN -> switch (sector) {
                case GIAO_DUC -> NationalNames.pick(new String[] {"Trường Mầm non ", "Trường Tiểu học ", "Trường Trung học cơ sở ",
                        "Trường Trung học phổ thông ", "Trung tâm Giáo dục thường xuyên ", "Trường Cao đẳng Nghề "}, r) + q;
                case Y_TE -> NationalNames.pick(new String[] {"Bệnh viện Đa khoa ", "Phòng khám Đa khoa ", "Bệnh viện Phụ sản ",
                        "Trung tâm Chăm sóc sức khỏe ", "Bệnh viện Y học cổ truyền "}, r) + q;
                case NCKH -> NationalNames.pick(new String[] {"Viện Nghiên cứu Nông nghiệp ", "Viện Khoa học Công nghệ ",
                        "Trung tâm Nghiên cứu Môi trường "}, r) + q;
                case NOI_CHINH -> NationalNames.pick(new String[] {"Tòa án nhân dân ", "Viện Kiểm sát nhân dân ",
                        "Chi cục Thi hành án dân sự ", "Thanh tra "}, r) + area;
                case VAN_HOA -> NationalNames.pick(new String[] {"Trung tâm Văn hóa – Thể thao ", "Thư viện ", "Nhà văn hóa ",
                        "Bảo tàng "}, r) + area;
                case KINH_TE -> NationalNames.pick(new String[] {"Chi cục Thuế ", "Kho bạc Nhà nước ", "Phòng Tài chính – Kế hoạch ",
                        "Chi cục Thống kê "}, r) + area;
                default -> NationalNames.pick(new String[] {"Văn phòng Ủy ban nhân dân ", "Phòng Nội vụ ", "Phòng Tư pháp ",
                        "Phòng Tài nguyên và Môi trường ", "Phòng Giáo dục và Đào tạo "}, r) + area;
            };
            case PHUONG -> NationalNames.pick(new String[] {"phường ", "phường ", "xã ", "xã ", "thị trấn "}, r) + NationalNames.place(r);
            case DOANH_NGHIEP -> NationalNames.pick(new String[] {"Công ty TNHH ", "Công ty Cổ phần ", "Công ty TNHH MTV ",
                    "Hợp tác xã "}, r)
                    + NationalNames.pick(new String[] {"Thương mại ", "Xây dựng ", "Dịch vụ ", "Vận tải ", "May mặc ", "Cơ khí ",
                    "Thực phẩm ", "Công nghệ ", "Du lịch ", "Dược phẩm ", "Cấp nước ", "Môi trường Đô thị "}, r) + q;
            default -> r.nextInt(100) < 50
                    ? NationalNames.pick(new String[] {"Ban Chỉ huy Quân sự ", "Công an "}, r)
                            + NationalNames.pick(new String[] {"phường ", "xã "}, r) + NationalNames.place(r)
                    : NationalNames.pick(new String[] {"Quân sự ", "Công an ", "Ban Chỉ huy Quân sự "}, r) + area;
        };
    }

    /** An index chosen with the given relative weights. */
    static int weighted(SplittableRandom r, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static double gaussian(SplittableRandom r) {
        double u1 = 1 - r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    /** {@code total} split into {@code parts} of at least {@code min}, the rest in log-normal proportions. */
    private static int[] spread(int total, int parts, int min, SplittableRandom r, double sigma) {
        double[] w = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            w[i] = Math.exp(sigma * gaussian(r));
            sum += w[i];
        }
        int rest = total - min * parts;
        int[] out = new int[parts];
        int given = 0;
        for (int i = 0; i < parts; i++) {
            out[i] = min + (int) Math.floor(rest * w[i] / sum);
            given += out[i];
        }
        for (int i = 0; given < total; i = (i + 1) % parts, given++) {
            out[i]++;
        }
        return out;
    }

    private static int[] shuffled(int n, SplittableRandom r) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
