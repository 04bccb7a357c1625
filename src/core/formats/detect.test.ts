import assert from 'node:assert/strict';
import { it } from 'node:test';
import { detectFileKind } from './detect.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

it('recognises a return by its content, not its name', () => {
  assert.equal(detectFileKind(bytes('\uFEFF<?xml version="1.0"?>\n<!-- x -->\n<Message><Header>')), 'cin-census-xml');
  assert.equal(detectFileKind(bytes('<EXPSSDA903><CHILD>')), 'ssda903-xml');
  assert.equal(detectFileKind(bytes('<html>')), 'xml');
  assert.equal(detectFileKind(bytes('CHILD,DECOM,RNE\r\n1,01/01/2020,S')), 'csv');
  assert.equal(detectFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])), 'xlsx');
  assert.equal(detectFileKind(new Uint8Array([0xff, 0x00, 0x13])), 'unknown');
  assert.equal(detectFileKind(bytes('name,age\nx,1')), 'unknown');
});
