;; The WebAssembly SIMD loops behind every distance here (see ../wasm-distance.ts): from one row to a
;; list of rows, squared euclidean distances (the neighbour searches) or dot products (the neighbour
;; panel's cosine queries), and NN-descent's local join in one call. Compiled by build.mjs (wabt).
;;
;; Rows are $dimBytes long at any 4-byte offset: 16 floats per step in four independent f32x4
;; accumulators (one accumulator made each step wait for the previous add), then 4 floats per step,
;; then single floats, so a dense n x d array needs no padding. Addresses and list entries are byte
;; offsets into the memory. Both sums are exactly symmetric (the same bits for a, b as for b, a):
;; NN-descent relies on it.
;;
;; The row loop is written out in each function rather than called: V8 (node 20) does not inline
;; WebAssembly calls, and a call per pair of rows costs as much as a short row.
(module
  (type $batch (func (param i32 i32 i32 i32 i32)))
  (type $pairs (func (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "memory" (memory 1))

  ;; distances(rowA, list, count, out, dimBytes): out[c] = |row at rowA - row at list[c]|^2, f32.
  (func $distances (export "distances") (type $batch)
    (param $rowA i32) (param $list i32) (param $count i32) (param $out i32) (param $dimBytes i32)
    (local $c i32) (local $rowB i32) (local $offset i32) (local $end64 i32) (local $end16 i32)
    (local $sum f32) (local $scalar f32)
    (local $acc0 v128) (local $acc1 v128) (local $acc2 v128) (local $acc3 v128) (local $diff v128)
    (local.set $end64 (i32.and (local.get $dimBytes) (i32.const -64)))
    (local.set $end16 (i32.and (local.get $dimBytes) (i32.const -16)))
    (local.set $c (i32.const 0))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $c) (local.get $count)))
      (local.set $rowB (i32.load (i32.add (local.get $list) (i32.shl (local.get $c) (i32.const 2)))))

      (local.set $acc0 (v128.const i32x4 0 0 0 0))
      (local.set $acc1 (v128.const i32x4 0 0 0 0))
      (local.set $acc2 (v128.const i32x4 0 0 0 0))
      (local.set $acc3 (v128.const i32x4 0 0 0 0))
      (local.set $offset (i32.const 0))
      (block $end (loop $step64
        (br_if $end (i32.ge_u (local.get $offset) (local.get $end64)))
        (local.set $acc0 (f32x4.add (f32x4.mul (local.tee $diff (f32x4.sub
          (v128.load (i32.add (local.get $rowA) (local.get $offset)))
          (v128.load (i32.add (local.get $rowB) (local.get $offset))))) (local.get $diff)) (local.get $acc0)))
        (local.set $acc1 (f32x4.add (f32x4.mul (local.tee $diff (f32x4.sub
          (v128.load offset=16 (i32.add (local.get $rowA) (local.get $offset)))
          (v128.load offset=16 (i32.add (local.get $rowB) (local.get $offset))))) (local.get $diff)) (local.get $acc1)))
        (local.set $acc2 (f32x4.add (f32x4.mul (local.tee $diff (f32x4.sub
          (v128.load offset=32 (i32.add (local.get $rowA) (local.get $offset)))
          (v128.load offset=32 (i32.add (local.get $rowB) (local.get $offset))))) (local.get $diff)) (local.get $acc2)))
        (local.set $acc3 (f32x4.add (f32x4.mul (local.tee $diff (f32x4.sub
          (v128.load offset=48 (i32.add (local.get $rowA) (local.get $offset)))
          (v128.load offset=48 (i32.add (local.get $rowB) (local.get $offset))))) (local.get $diff)) (local.get $acc3)))
        (local.set $offset (i32.add (local.get $offset) (i32.const 64)))
        (br $step64)))
      (block $end (loop $step16
        (br_if $end (i32.ge_u (local.get $offset) (local.get $end16)))
        (local.set $acc0 (f32x4.add (f32x4.mul (local.tee $diff (f32x4.sub
          (v128.load (i32.add (local.get $rowA) (local.get $offset)))
          (v128.load (i32.add (local.get $rowB) (local.get $offset))))) (local.get $diff)) (local.get $acc0)))
        (local.set $offset (i32.add (local.get $offset) (i32.const 16)))
        (br $step16)))
      (local.set $acc0 (f32x4.add
        (f32x4.add (local.get $acc0) (local.get $acc1))
        (f32x4.add (local.get $acc2) (local.get $acc3))))
      (local.set $sum (f32.add (f32.add (f32.add
        (f32x4.extract_lane 0 (local.get $acc0)) (f32x4.extract_lane 1 (local.get $acc0)))
        (f32x4.extract_lane 2 (local.get $acc0))) (f32x4.extract_lane 3 (local.get $acc0))))
      (block $end (loop $step4
        (br_if $end (i32.ge_u (local.get $offset) (local.get $dimBytes)))
        (local.set $sum (f32.add (local.get $sum) (f32.mul (local.tee $scalar (f32.sub
          (f32.load (i32.add (local.get $rowA) (local.get $offset)))
          (f32.load (i32.add (local.get $rowB) (local.get $offset))))) (local.get $scalar))))
        (local.set $offset (i32.add (local.get $offset) (i32.const 4)))
        (br $step4)))

      (f32.store (i32.add (local.get $out) (i32.shl (local.get $c) (i32.const 2))) (local.get $sum))
      (local.set $c (i32.add (local.get $c) (i32.const 1)))
      (br $next))))

  ;; dots(rowA, list, count, out, dimBytes): out[c] = (row at rowA) . (row at list[c]), f32.
  (func $dots (export "dots") (type $batch)
    (param $rowA i32) (param $list i32) (param $count i32) (param $out i32) (param $dimBytes i32)
    (local $c i32) (local $rowB i32) (local $offset i32) (local $end64 i32) (local $end16 i32)
    (local $sum f32)
    (local $acc0 v128) (local $acc1 v128) (local $acc2 v128) (local $acc3 v128)
    (local.set $end64 (i32.and (local.get $dimBytes) (i32.const -64)))
    (local.set $end16 (i32.and (local.get $dimBytes) (i32.const -16)))
    (local.set $c (i32.const 0))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $c) (local.get $count)))
      (local.set $rowB (i32.load (i32.add (local.get $list) (i32.shl (local.get $c) (i32.const 2)))))

      (local.set $acc0 (v128.const i32x4 0 0 0 0))
      (local.set $acc1 (v128.const i32x4 0 0 0 0))
      (local.set $acc2 (v128.const i32x4 0 0 0 0))
      (local.set $acc3 (v128.const i32x4 0 0 0 0))
      (local.set $offset (i32.const 0))
      (block $end (loop $step64
        (br_if $end (i32.ge_u (local.get $offset) (local.get $end64)))
        (local.set $acc0 (f32x4.add (f32x4.mul
          (v128.load (i32.add (local.get $rowA) (local.get $offset)))
          (v128.load (i32.add (local.get $rowB) (local.get $offset)))) (local.get $acc0)))
        (local.set $acc1 (f32x4.add (f32x4.mul
          (v128.load offset=16 (i32.add (local.get $rowA) (local.get $offset)))
          (v128.load offset=16 (i32.add (local.get $rowB) (local.get $offset)))) (local.get $acc1)))
        (local.set $acc2 (f32x4.add (f32x4.mul
          (v128.load offset=32 (i32.add (local.get $rowA) (local.get $offset)))
          (v128.load offset=32 (i32.add (local.get $rowB) (local.get $offset)))) (local.get $acc2)))
        (local.set $acc3 (f32x4.add (f32x4.mul
          (v128.load offset=48 (i32.add (local.get $rowA) (local.get $offset)))
          (v128.load offset=48 (i32.add (local.get $rowB) (local.get $offset)))) (local.get $acc3)))
        (local.set $offset (i32.add (local.get $offset) (i32.const 64)))
        (br $step64)))
      (block $end (loop $step16
        (br_if $end (i32.ge_u (local.get $offset) (local.get $end16)))
        (local.set $acc0 (f32x4.add (f32x4.mul
          (v128.load (i32.add (local.get $rowA) (local.get $offset)))
          (v128.load (i32.add (local.get $rowB) (local.get $offset)))) (local.get $acc0)))
        (local.set $offset (i32.add (local.get $offset) (i32.const 16)))
        (br $step16)))
      (local.set $acc0 (f32x4.add
        (f32x4.add (local.get $acc0) (local.get $acc1))
        (f32x4.add (local.get $acc2) (local.get $acc3))))
      (local.set $sum (f32.add (f32.add (f32.add
        (f32x4.extract_lane 0 (local.get $acc0)) (f32x4.extract_lane 1 (local.get $acc0)))
        (f32x4.extract_lane 2 (local.get $acc0))) (f32x4.extract_lane 3 (local.get $acc0))))
      (block $end (loop $step4
        (br_if $end (i32.ge_u (local.get $offset) (local.get $dimBytes)))
        (local.set $sum (f32.add (local.get $sum) (f32.mul
          (f32.load (i32.add (local.get $rowA) (local.get $offset)))
          (f32.load (i32.add (local.get $rowB) (local.get $offset))))))
        (local.set $offset (i32.add (local.get $offset) (i32.const 4)))
        (br $step4)))

      (f32.store (i32.add (local.get $out) (i32.shl (local.get $c) (i32.const 2))) (local.get $sum))
      (local.set $c (i32.add (local.get $c) (i32.const 1)))
      (br $next))))

  ;; pairsBelow(list, count, firstCount, out, dimBytes) -> how many: of the pairs (a, b) of listed
  ;; rows, a < firstCount, a < b < count, in that order, those nearer than either row's threshold
  ;; (the f32 at offset 16384 = THRESHOLDS_AFTER_LIST after the row's list entry; most pairs are not,
  ;; once NN-descent is under way), as 8-byte entries (a | b << 16, squared distance) at out.
  (func $pairsBelow (export "pairsBelow") (type $pairs)
    (param $list i32) (param $count i32) (param $firstCount i32) (param $out i32) (param $dimBytes i32)
    (result i32)
    (local $a i32) (local $rowB i32) (local $offset i32) (local $end64 i32) (local $end16 i32)
    (local $sum f32) (local $scalar f32)
    (local $acc0 v128) (local $acc1 v128) (local $acc2 v128) (local $acc3 v128) (local $diff v128)
    (local $rowA i32) (local $b i32) (local $outAt i32)
    (local $thresholdA f32)
    (local.set $end64 (i32.and (local.get $dimBytes) (i32.const -64)))
    (local.set $end16 (i32.and (local.get $dimBytes) (i32.const -16)))
    (local.set $outAt (local.get $out))
    (local.set $a (i32.const 0))
    (block $doneA (loop $nextA
      (br_if $doneA (i32.ge_u (local.get $a) (local.get $firstCount)))
      (local.set $rowA (i32.load (i32.add (local.get $list) (i32.shl (local.get $a) (i32.const 2)))))
      (local.set $thresholdA (f32.load offset=16384 (i32.add (local.get $list) (i32.shl (local.get $a) (i32.const 2)))))
      (local.set $b (i32.add (local.get $a) (i32.const 1)))
      (block $doneB (loop $nextB
        (br_if $doneB (i32.ge_u (local.get $b) (local.get $count)))
        (local.set $rowB (i32.load (i32.add (local.get $list) (i32.shl (local.get $b) (i32.const 2)))))

        (local.set $acc0 (v128.const i32x4 0 0 0 0))
        (local.set $acc1 (v128.const i32x4 0 0 0 0))
        (local.set $acc2 (v128.const i32x4 0 0 0 0))
        (local.set $acc3 (v128.const i32x4 0 0 0 0))
        (local.set $offset (i32.const 0))
        (block $end (loop $step64
          (br_if $end (i32.ge_u (local.get $offset) (local.get $end64)))
          (local.set $acc0 (f32x4.add (f32x4.mul (local.tee $diff (f32x4.sub
            (v128.load (i32.add (local.get $rowA) (local.get $offset)))
            (v128.load (i32.add (local.get $rowB) (local.get $offset))))) (local.get $diff)) (local.get $acc0)))
          (local.set $acc1 (f32x4.add (f32x4.mul (local.tee $diff (f32x4.sub
            (v128.load offset=16 (i32.add (local.get $rowA) (local.get $offset)))
            (v128.load offset=16 (i32.add (local.get $rowB) (local.get $offset))))) (local.get $diff)) (local.get $acc1)))
          (local.set $acc2 (f32x4.add (f32x4.mul (local.tee $diff (f32x4.sub
            (v128.load offset=32 (i32.add (local.get $rowA) (local.get $offset)))
            (v128.load offset=32 (i32.add (local.get $rowB) (local.get $offset))))) (local.get $diff)) (local.get $acc2)))
          (local.set $acc3 (f32x4.add (f32x4.mul (local.tee $diff (f32x4.sub
            (v128.load offset=48 (i32.add (local.get $rowA) (local.get $offset)))
            (v128.load offset=48 (i32.add (local.get $rowB) (local.get $offset))))) (local.get $diff)) (local.get $acc3)))
          (local.set $offset (i32.add (local.get $offset) (i32.const 64)))
          (br $step64)))
        (block $end (loop $step16
          (br_if $end (i32.ge_u (local.get $offset) (local.get $end16)))
          (local.set $acc0 (f32x4.add (f32x4.mul (local.tee $diff (f32x4.sub
            (v128.load (i32.add (local.get $rowA) (local.get $offset)))
            (v128.load (i32.add (local.get $rowB) (local.get $offset))))) (local.get $diff)) (local.get $acc0)))
          (local.set $offset (i32.add (local.get $offset) (i32.const 16)))
          (br $step16)))
        (local.set $acc0 (f32x4.add
          (f32x4.add (local.get $acc0) (local.get $acc1))
          (f32x4.add (local.get $acc2) (local.get $acc3))))
        (local.set $sum (f32.add (f32.add (f32.add
          (f32x4.extract_lane 0 (local.get $acc0)) (f32x4.extract_lane 1 (local.get $acc0)))
          (f32x4.extract_lane 2 (local.get $acc0))) (f32x4.extract_lane 3 (local.get $acc0))))
        (block $end (loop $step4
          (br_if $end (i32.ge_u (local.get $offset) (local.get $dimBytes)))
          (local.set $sum (f32.add (local.get $sum) (f32.mul (local.tee $scalar (f32.sub
            (f32.load (i32.add (local.get $rowA) (local.get $offset)))
            (f32.load (i32.add (local.get $rowB) (local.get $offset))))) (local.get $scalar))))
          (local.set $offset (i32.add (local.get $offset) (i32.const 4)))
          (br $step4)))

        (if (i32.or
              (f32.lt (local.get $sum) (local.get $thresholdA))
              (f32.lt (local.get $sum)
                (f32.load offset=16384 (i32.add (local.get $list) (i32.shl (local.get $b) (i32.const 2))))))
          (then
            (i32.store (local.get $outAt) (i32.or (local.get $a) (i32.shl (local.get $b) (i32.const 16))))
            (f32.store offset=4 (local.get $outAt) (local.get $sum))
            (local.set $outAt (i32.add (local.get $outAt) (i32.const 8)))))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br $nextB)))
      (local.set $a (i32.add (local.get $a) (i32.const 1)))
      (br $nextA)))
    (i32.shr_u (i32.sub (local.get $outAt) (local.get $out)) (i32.const 3))))
