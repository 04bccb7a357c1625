import assert from 'node:assert/strict';
import { it } from 'node:test';
import { yearFromPath } from './year-from-path.ts';

it('reads the year from the forms councils and tools use', () => {
  const cases: [string, string | null][] = [
    ['SSDA903_2020_episodes.csv', '2019/20'],
    ['returns/2019/20/header.csv', '2019/20'],
    ['returns/2019-20/header.csv', '2019/20'],
    ['903 2019_2020 header.csv', '2019/20'],
    ['903_201920/header.csv', '2019/20'],
    ['903-1920/episodes.csv', '2019/20'],
    ['lac 21-22/episodes.csv', '2021/22'],
    ['/data/synthetic/medium-la-903/per-year/2024/episodes.csv', '2023/24'],
    ['C:\\903\\2025\\episodes.csv', '2024/25'],
    ['2026-27/dolo.csv', '2026/27'],
    ['episodes.csv', null],
    ['903/episodes.csv', null],
    ['extract_20240331/episodes.csv', null],
    ['children/123456/episodes.csv', null],
    ['19-21/episodes.csv', null],
  ];
  for (const [path, year] of cases) assert.equal(yearFromPath(path), year, path);
});

it('lets the file name override its folder', () => {
  assert.equal(yearFromPath('903/2023/SSDA903_2024_episodes.csv'), '2023/24');
  assert.equal(yearFromPath('2019-20/SSDA903_2024_episodes.csv'), '2023/24');
});
