/**
 * The unique pupil number as the DfE defines it: a check letter, the three-digit LA number of the
 * authority that issued it, eight digits (year of issue, school number, serial) and a thirteenth
 * character that is a digit, or a letter for a temporary UPN.
 */

/** The 23 letters a check letter (or a temporary UPN's last character) may be: A to Z less I, O and S. */
export const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

const SHAPE = /^[A-Z]\d{11}[0-9A-HJ-NP-RT-Z]$/;

/** Whether the text has the UPN's shape (the check letter itself is not checked). Lower-case letters are taken as capitals. */
export function isUpnShaped(upn: string): boolean {
  return SHAPE.test(upn.toUpperCase());
}

/**
 * The check letter that characters 2 to 13 call for: each character times its position (2 to 13),
 * summed, modulo 23, as an index into UPN_LETTERS; a letter in position 13 counts as its index there.
 * Null when characters 2 to 13 are not of the UPN's shape, so no letter can be worked out.
 */
export function upnCheckLetter(upn: string): string | null {
  const u = upn.toUpperCase();
  if (u.length !== 13 || !SHAPE.test(`A${u.slice(1)}`)) return null;
  let sum = 0;
  for (let i = 1; i < 13; i++) {
    const c = u[i]!;
    sum += (c >= '0' && c <= '9' ? Number(c) : UPN_LETTERS.indexOf(c)) * (i + 1);
  }
  return UPN_LETTERS[sum % 23]!;
}

/**
 * DfE LA numbers that can appear in characters 2 to 4: the English authorities of today and those
 * abolished since UPNs began (Bournemouth 837, Dorset 835, Poole 836, Cumbria 909, Northamptonshire 928),
 * whose UPNs stay valid for life. Cumberland (942) and Westmorland and Furness (943) were created on
 * 1 April 2023, so they count from 2023/24 on: that is the change we take rule 1530's new 2023/24 version
 * to make (the DfE's text for the two versions is the same). Welsh authorities are not listed, as the DfE's
 * list for English returns does not name them.
 */
const LA_NUMBERS_FROM_2024 = new Set('201 202 203 204 205 206 207 208 209 210 211 212 213 301 302 303 304 305 306 307 308 309 310 311 312 313 314 315 316 317 318 319 320 330 331 332 333 334 335 336 340 341 342 343 344 350 351 352 353 354 355 356 357 358 359 370 371 372 373 380 381 382 383 384 390 391 392 393 394 420 800 801 802 803 805 806 807 808 810 811 812 813 815 816 821 822 823 825 826 830 831 835 836 837 838 839 840 841 845 846 850 851 852 855 856 857 860 861 865 866 867 868 869 870 871 872 873 874 876 877 878 879 880 881 882 883 884 885 886 887 888 889 890 891 892 893 894 895 896 908 909 916 919 921 925 926 928 929 931 933 935 936 937 938 940 941 942 943'.split(' '));
const NEW_IN_2024 = new Set(['942', '943']);

export function isUpnLaNumber(laNumber: string, endYear: number): boolean {
  return LA_NUMBERS_FROM_2024.has(laNumber) && (endYear >= 2024 || !NEW_IN_2024.has(laNumber));
}
