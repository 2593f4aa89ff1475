package vn.partytrack.directive;

/** Chỉ thị, nghị quyết, kết luận, quy định, hướng dẫn, kế hoạch, chuyên đề. */
public enum DirectiveKind {
    CHI_THI, NGHI_QUYET, KET_LUAN, QUY_DINH, HUONG_DAN, KE_HOACH, CHUYEN_DE
}
