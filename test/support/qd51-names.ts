/** The 10 criterion names of QĐ 51/2025/QĐ-TTg Phụ lục I, as the reference confirms them (§7), for tests to check against. */
export const QD51_NAMES = [
  'Quy hoạch',
  'Hạ tầng kinh tế - xã hội',
  'Phát triển kinh tế nông thôn',
  'Đào tạo nguồn nhân lực nông thôn',
  'Văn hóa, giáo dục, y tế',
  'Giảm nghèo và an sinh xã hội',
  'Khoa học công nghệ và chuyển đổi số',
  'Môi trường và cảnh quan nông thôn',
  'Xây dựng hệ thống chính trị và hành chính công',
  'Tiếp cận pháp luật và an ninh, quốc phòng',
];
