/**
 * Made-up Vietnamese place names for the synthetic dataset, with diacritics so the board's
 * Vietnamese collation does real work. Two syllables each; repeats across provinces are normal.
 */

const SYLLABLES = (
  'An Bình Cẩm Châu Đông Đức Gia Hà Hải Hòa Hưng Hương Khánh Kim Lạc Lâm Long Minh Mỹ Nam Nghĩa Ngọc Phong Phú Phúc ' +
  'Phước Quang Quảng Sơn Tân Thạch Thái Thanh Thạnh Thành Thuận Thượng Tiến Trung Trường Vạn Văn Việt Vĩnh Xuân Yên ' +
  'Đắk Ea Buôn Nậm Mường Pác Bản Cư'
).split(' ');

export function placeName(rng: () => number): string {
  const pick = () => SYLLABLES[Math.floor(rng() * SYLLABLES.length)] as string;
  const a = pick();
  let b = pick();
  while (b === a) b = pick();
  return `${a} ${b}`;
}
