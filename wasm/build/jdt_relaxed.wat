(module
 (type $0 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $1 (func (result i32)))
 (type $2 (func (param i32 i32 i32 i32 i32)))
 (type $3 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $4 (func (param i32 i32 i32 i32 i32 i32 i32 f32 f32) (result i32)))
 (type $5 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $6 (func (param i32) (result i32)))
 (type $7 (func (param i32 i32 i32 i32 i32 i32) (result i32)))
 (type $8 (func (param i32 i32 i32 i32 i32 i32 f32 f32) (result i32)))
 (type $9 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 f32 f32 i32 i32 i32) (result i32)))
 (type $10 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 f32 f32 i32 f32 f32 i32 i32)))
 (type $11 (func (param i32 i32 i32)))
 (import "env" "memory" (memory $0 1 65536 shared))
 (data $0 (i32.const 1024) "\00\00\00\00\00\00\80?\00\00\80\ff\00\00\fa\c2\00\00@K\15r1?\de\fcu>\a9[c=Hu\1e<\12\dd\ad:")
 (data $1 (i32.const 1064) "\ff\ff\ff\ff\ff\ff\ff\7f\00\00\00\80")
 (export "heapBase" (func $wasm/assembly/index/heapBase))
 (export "lossStats" (func $wasm/assembly/loss/lossStats))
 (export "lossGrad" (func $wasm/assembly/loss/lossGrad))
 (export "exp2Batch" (func $wasm/assembly/loss/exp2Batch))
 (export "planarFromInterleaved" (func $wasm/assembly/loss/planarFromInterleaved))
 (export "interleavedFromPlanar" (func $wasm/assembly/loss/interleavedFromPlanar))
 (export "metrics_base" (func $wasm/assembly/metrics/metrics_base))
 (export "metrics_reserve" (func $wasm/assembly/metrics/metrics_reserve))
 (export "metrics_count_image" (func $wasm/assembly/metrics/metrics_count_image))
 (export "metrics_sce_class" (func $wasm/assembly/metrics/metrics_sce_class))
 (export "memory" (memory $0))
 (func $wasm/assembly/loss/prepare (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (result i32)
  (local $10 v128)
  (local $11 i32)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 i32)
  (local $16 v128)
  (local $17 i32)
  (local $18 i32)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  local.get $3
  i32.const -4
  i32.and
  local.set $15
  i32.const 1064
  v128.load32_splat
  local.set $14
  local.get $5
  i32x4.splat
  local.set $19
  local.get $7
  i32x4.splat
  local.set $20
  i32.const 1024
  v128.load32_splat
  local.tee $12
  local.set $16
  loop $for-loop|0
   local.get $11
   local.get $15
   i32.lt_u
   if
    local.get $1
    if (result v128)
     local.get $1
     local.get $11
     i32.add
     v128.load32_zero
     i16x8.extend_low_i8x16_u
     i32x4.extend_low_i16x8_u
     local.get $12
     i32x4.eq
     v128.not
    else
     local.get $14
    end
    local.set $10
    local.get $12
    local.set $13
    local.get $6
    if
     local.get $16
     block $wasm/assembly/loss/labels4|inlined.0 (result v128)
      local.get $6
      i32.const 1
      i32.eq
      if
       local.get $0
       local.get $11
       i32.add
       v128.load32_zero
       i16x8.extend_low_i8x16_u
       i32x4.extend_low_i16x8_u
       br $wasm/assembly/loss/labels4|inlined.0
      end
      local.get $6
      i32.const 2
      i32.eq
      if
       local.get $0
       local.get $11
       i32.const 1
       i32.shl
       i32.add
       v128.load64_zero
       i32x4.extend_low_i16x8_u
       br $wasm/assembly/loss/labels4|inlined.0
      end
      local.get $0
      local.get $11
      i32.const 2
      i32.shl
      i32.add
      v128.load
     end
     local.tee $13
     local.get $19
     i32x4.lt_u
     local.tee $21
     local.get $13
     local.get $20
     i32x4.eq
     local.get $12
     local.get $8
     select
     local.tee $22
     v128.or
     v128.not
     v128.or
     local.set $16
     local.get $10
     local.get $21
     local.get $22
     v128.andnot
     v128.and
     local.set $10
    end
    local.get $2
    local.get $11
    i32.const 2
    i32.shl
    i32.add
    local.get $13
    local.get $14
    local.get $10
    v128.bitselect
    v128.store
    local.get $11
    i32.const 4
    i32.add
    local.set $11
    br $for-loop|0
   end
  end
  local.get $16
  v128.any_true
  i32.eqz
  local.set $18
  loop $for-loop|1
   local.get $3
   local.get $15
   i32.gt_s
   if
    local.get $1
    i32.eqz
    local.tee $11
    i32.eqz
    if
     local.get $1
     local.get $15
     i32.add
     i32.load8_u
     i32.const 0
     i32.ne
     local.set $11
    end
    i32.const 0
    local.set $17
    local.get $6
    if
     local.get $6
     i32.const 1
     i32.eq
     if (result i32)
      local.get $0
      local.get $15
      i32.add
      i32.load8_u
     else
      local.get $6
      i32.const 2
      i32.eq
      if (result i32)
       local.get $0
       local.get $15
       i32.const 1
       i32.shl
       i32.add
       i32.load16_u
      else
       local.get $0
       local.get $15
       i32.const 2
       i32.shl
       i32.add
       i32.load
      end
     end
     local.tee $17
     local.get $7
     i32.eq
     i32.const 0
     local.get $8
     select
     if (result i32)
      i32.const 0
     else
      local.get $5
      local.get $17
      i32.le_u
      if (result i32)
       i32.const 0
       local.set $18
       i32.const 0
      else
       local.get $11
      end
     end
     local.set $11
    end
    local.get $2
    local.get $15
    i32.const 2
    i32.shl
    i32.add
    local.get $17
    i32.const -1
    local.get $11
    select
    i32.store
    local.get $15
    i32.const 1
    i32.add
    local.set $15
    br $for-loop|1
   end
  end
  local.get $3
  local.set $0
  loop $for-loop|2
   local.get $0
   local.get $4
   i32.lt_s
   if
    local.get $2
    local.get $0
    i32.const 2
    i32.shl
    i32.add
    i32.const -1
    i32.store
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|2
   end
  end
  local.get $9
  i32.const 0
  local.get $6
  select
  if
   i32.const 0
   local.set $1
   loop $for-loop|3
    local.get $1
    local.get $3
    i32.lt_u
    if
     local.get $2
     local.get $1
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.tee $0
     i32.const 0
     i32.ge_s
     if
      local.get $9
      local.get $0
      i32.const 6
      i32.shl
      i32.add
      local.tee $0
      i32.const 8
      i32.add
      local.get $0
      f64.load offset=8
      f64.const 1
      f64.add
      f64.store
     end
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $for-loop|3
    end
   end
  end
  local.get $18
 )
 (func $wasm/assembly/loss/activate (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 f32) (param $8 f32) (result i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  local.get $6
  i32.const 1
  i32.eq
  if (result i32)
   local.get $0
   local.get $1
   local.get $2
   local.get $3
   local.get $4
   local.get $5
   local.get $7
   local.get $8
   call $wasm/assembly/loss/softmaxRows
  else
   i32.const 1068
   v128.load32_splat
   local.set $13
   i32.const 1072
   v128.load32_splat
   local.set $14
   i32.const 1036
   v128.load32_splat
   local.set $15
   i32.const 1040
   v128.load32_splat
   local.set $11
   i32.const 1028
   v128.load32_splat
   local.set $10
   i32.const 1044
   v128.load32_splat
   local.set $16
   i32.const 1048
   v128.load32_splat
   local.set $17
   i32.const 1052
   v128.load32_splat
   local.set $18
   i32.const 1056
   v128.load32_splat
   local.set $19
   i32.const 1060
   v128.load32_splat
   local.set $20
   local.get $7
   f32x4.splat
   local.set $21
   local.get $8
   f32x4.splat
   local.set $22
   i32.const 1024
   v128.load32_splat
   local.tee $23
   local.set $9
   local.get $5
   i32.const 2
   i32.shl
   local.set $24
   i32.const 0
   local.set $5
   loop $for-loop|0
    local.get $4
    local.get $5
    i32.gt_s
    if
     local.get $0
     local.get $1
     local.get $5
     i32.mul
     i32.add
     local.set $25
     local.get $2
     local.get $3
     local.get $5
     i32.mul
     i32.add
     local.set $26
     i32.const 0
     local.set $6
     loop $for-loop|1
      local.get $6
      local.get $24
      i32.lt_u
      if
       local.get $9
       local.get $6
       local.get $25
       i32.add
       v128.load
       local.tee $12
       local.get $13
       v128.and
       i32x4.max_u
       local.set $9
       local.get $12
       local.get $14
       v128.or
       local.get $21
       f32x4.mul
       local.get $22
       f32x4.mul
       local.tee $28
       local.get $11
       f32x4.add
       local.set $29
       local.get $6
       local.get $26
       i32.add
       local.get $10
       local.get $10
       local.get $20
       local.get $28
       local.get $29
       local.get $11
       f32x4.sub
       f32x4.sub
       local.tee $27
       local.get $19
       f32x4.relaxed_madd
       local.get $27
       local.get $18
       f32x4.relaxed_madd
       local.get $27
       local.get $17
       f32x4.relaxed_madd
       local.get $27
       local.get $16
       f32x4.relaxed_madd
       local.get $27
       local.get $10
       f32x4.relaxed_madd
       local.get $29
       i32.const 23
       i32x4.shl
       i32x4.add
       local.get $28
       local.get $15
       f32x4.ge
       v128.and
       local.tee $27
       f32x4.add
       f32x4.div
       local.tee $28
       local.get $27
       local.get $28
       f32x4.mul
       local.get $12
       local.get $23
       f32x4.ge
       v128.bitselect
       v128.store
       local.get $6
       i32.const 16
       i32.add
       local.set $6
       br $for-loop|1
      end
     end
     local.get $5
     i32.const 1
     i32.add
     local.set $5
     br $for-loop|0
    end
   end
   local.get $9
   i32x4.extract_lane 0
   local.tee $0
   local.get $9
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $9
   i32x4.extract_lane 2
   local.tee $1
   local.get $9
   i32x4.extract_lane 3
   local.tee $2
   local.get $1
   local.get $2
   i32.gt_u
   select
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
  end
 )
 (func $wasm/assembly/metrics/metrics_sce_class (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 f64)
  (local $12 v128)
  (local $13 v128)
  (local $14 i32)
  (local $15 i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 i32)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 i32)
  local.get $0
  local.get $3
  local.get $8
  i32.mul
  i32.const 2
  i32.shl
  i32.add
  local.set $21
  local.get $7
  i32.const 0
  local.get $4
  i32.const 24
  i32.mul
  local.tee $9
  i32.const 2
  i32.shl
  memory.fill
  local.get $4
  i32.const 1
  i32.gt_s
  if (result f32)
   local.get $5
   f64.load offset=8
   f32.demote_f64
  else
   f32.const inf
  end
  f32x4.splat
  local.set $25
  local.get $8
  i32x4.splat
  local.set $22
  local.get $3
  i32.const -4
  i32.and
  local.set $14
  loop $for-loop|0
   local.get $14
   local.get $15
   i32.gt_s
   if
    local.get $15
    i32.const 2
    i32.shl
    local.tee $0
    local.get $21
    i32.add
    v128.load
    local.set $18
    local.get $12
    local.get $0
    local.get $1
    i32.add
    v128.load
    local.tee $26
    v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
    i32x4.gt_s
    local.tee $27
    local.get $18
    local.get $25
    f32x4.lt
    v128.and
    local.tee $19
    i32x4.sub
    local.set $12
    local.get $13
    local.get $19
    local.get $26
    local.get $22
    i32x4.eq
    local.get $0
    local.get $2
    i32.add
    v128.load
    local.get $22
    i32x4.eq
    v128.and
    v128.and
    i32x4.sub
    local.set $13
    local.get $16
    local.get $18
    f64x2.promote_low_f32x4
    local.get $19
    i64x2.extend_low_i32x4_s
    v128.and
    f64x2.add
    local.set $16
    local.get $17
    local.get $18
    local.get $18
    i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
    f64x2.promote_low_f32x4
    local.get $19
    i64x2.extend_high_i32x4_s
    v128.and
    f64x2.add
    local.set $17
    local.get $27
    local.get $19
    v128.andnot
    i32x4.bitmask
    local.set $10
    loop $while-continue|1
     local.get $10
     if
      local.get $10
      i32.ctz
      local.set $23
      local.get $10
      local.get $10
      i32.const 1
      i32.sub
      i32.and
      local.set $10
      local.get $15
      local.get $23
      i32.add
      i32.const 2
      i32.shl
      local.tee $24
      local.get $21
      i32.add
      f32.load
      f64.promote_f32
      local.tee $11
      local.get $4
      f64.convert_i32_s
      f64.mul
      f64.floor
      i32.trunc_sat_f64_s
      local.tee $28
      local.get $4
      i32.const 1
      i32.sub
      local.tee $0
      i32.le_s
      if
       local.get $28
       local.set $0
      end
      local.get $0
      i32.const 0
      i32.lt_s
      if
       i32.const 0
       local.set $0
      end
      loop $while-continue|2
       local.get $0
       local.get $4
       i32.const 1
       i32.sub
       i32.lt_s
       if (result i32)
        local.get $11
        local.get $5
        local.get $0
        i32.const 1
        i32.add
        i32.const 3
        i32.shl
        i32.add
        f64.load
        f64.ge
       else
        i32.const 0
       end
       if
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $while-continue|2
       end
      end
      loop $while-continue|3
       local.get $0
       i32.const 0
       i32.gt_s
       if (result i32)
        local.get $11
        local.get $5
        local.get $0
        i32.const 3
        i32.shl
        i32.add
        f64.load
        f64.lt
       else
        i32.const 0
       end
       if
        local.get $0
        i32.const 1
        i32.sub
        local.set $0
        br $while-continue|3
       end
      end
      local.get $7
      local.get $9
      local.get $23
      i32.mul
      i32.add
      local.get $0
      i32.const 24
      i32.mul
      i32.add
      local.tee $0
      local.get $0
      f64.load
      f64.const 1
      f64.add
      f64.store
      local.get $1
      local.get $24
      i32.add
      i32.load
      local.get $8
      i32.eq
      if (result i32)
       local.get $2
       local.get $24
       i32.add
       i32.load
       local.get $8
       i32.eq
      else
       i32.const 0
      end
      if
       local.get $0
       i32.const 8
       i32.add
       local.get $0
       f64.load offset=8
       f64.const 1
       f64.add
       f64.store
      end
      local.get $0
      i32.const 16
      i32.add
      local.get $0
      f64.load offset=16
      local.get $11
      f64.add
      f64.store
      br $while-continue|1
     end
    end
    local.get $15
    i32.const 4
    i32.add
    local.set $15
    br $for-loop|0
   end
  end
  local.get $7
  local.get $12
  i32x4.extract_lane 0
  f64.convert_i32_s
  f64.store
  local.get $7
  local.get $13
  i32x4.extract_lane 0
  f64.convert_i32_s
  f64.store offset=8
  local.get $7
  local.get $16
  f64x2.extract_lane 0
  f64.store offset=16
  local.get $7
  local.get $9
  i32.add
  local.tee $0
  local.get $12
  i32x4.extract_lane 1
  f64.convert_i32_s
  f64.store
  local.get $0
  local.get $13
  i32x4.extract_lane 1
  f64.convert_i32_s
  f64.store offset=8
  local.get $0
  local.get $16
  f64x2.extract_lane 1
  f64.store offset=16
  local.get $7
  local.get $9
  i32.const 1
  i32.shl
  i32.add
  local.tee $0
  local.get $12
  i32x4.extract_lane 2
  f64.convert_i32_s
  f64.store
  local.get $0
  local.get $13
  i32x4.extract_lane 2
  f64.convert_i32_s
  f64.store offset=8
  local.get $0
  local.get $17
  f64x2.extract_lane 0
  f64.store offset=16
  local.get $7
  local.get $9
  i32.const 3
  i32.mul
  i32.add
  local.tee $0
  local.get $12
  i32x4.extract_lane 3
  f64.convert_i32_s
  f64.store
  local.get $0
  local.get $13
  i32x4.extract_lane 3
  f64.convert_i32_s
  f64.store offset=8
  local.get $0
  local.get $17
  f64x2.extract_lane 1
  f64.store offset=16
  loop $for-loop|4
   local.get $3
   local.get $14
   i32.gt_s
   if
    local.get $14
    i32.const 2
    i32.shl
    local.tee $10
    local.get $1
    i32.add
    i32.load
    local.tee $15
    i32.const 0
    i32.ge_s
    if
     local.get $10
     local.get $21
     i32.add
     f32.load
     f64.promote_f32
     local.tee $11
     local.get $4
     f64.convert_i32_s
     f64.mul
     f64.floor
     i32.trunc_sat_f64_s
     local.tee $23
     local.get $4
     i32.const 1
     i32.sub
     local.tee $0
     i32.le_s
     if
      local.get $23
      local.set $0
     end
     local.get $0
     i32.const 0
     i32.lt_s
     if
      i32.const 0
      local.set $0
     end
     loop $while-continue|5
      local.get $0
      local.get $4
      i32.const 1
      i32.sub
      i32.lt_s
      if (result i32)
       local.get $11
       local.get $5
       local.get $0
       i32.const 1
       i32.add
       i32.const 3
       i32.shl
       i32.add
       f64.load
       f64.ge
      else
       i32.const 0
      end
      if
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $while-continue|5
      end
     end
     loop $while-continue|6
      local.get $0
      i32.const 0
      i32.gt_s
      if (result i32)
       local.get $11
       local.get $5
       local.get $0
       i32.const 3
       i32.shl
       i32.add
       f64.load
       f64.lt
      else
       i32.const 0
      end
      if
       local.get $0
       i32.const 1
       i32.sub
       local.set $0
       br $while-continue|6
      end
     end
     local.get $7
     local.get $14
     i32.const 3
     i32.and
     local.get $9
     i32.mul
     i32.add
     local.get $0
     i32.const 24
     i32.mul
     i32.add
     local.tee $0
     local.get $0
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $8
     local.get $15
     i32.eq
     if (result i32)
      local.get $2
      local.get $10
      i32.add
      i32.load
      local.get $8
      i32.eq
     else
      i32.const 0
     end
     if
      local.get $0
      i32.const 8
      i32.add
      local.get $0
      f64.load offset=8
      f64.const 1
      f64.add
      f64.store
     end
     local.get $0
     i32.const 16
     i32.add
     local.get $0
     f64.load offset=16
     local.get $11
     f64.add
     f64.store
    end
    local.get $14
    i32.const 1
    i32.add
    local.set $14
    br $for-loop|4
   end
  end
  local.get $6
  local.get $8
  local.get $9
  i32.mul
  i32.add
  local.set $0
  loop $for-loop|7
   local.get $9
   local.get $20
   i32.gt_u
   if
    local.get $0
    local.get $20
    i32.add
    local.get $7
    local.get $20
    i32.add
    local.tee $1
    f64.load
    local.get $1
    local.get $9
    i32.add
    f64.load
    f64.add
    local.get $1
    local.get $9
    i32.const 1
    i32.shl
    i32.add
    f64.load
    f64.add
    local.get $1
    local.get $9
    i32.const 3
    i32.mul
    i32.add
    f64.load
    f64.add
    f64.store
    local.get $20
    i32.const 8
    i32.add
    local.set $20
    br $for-loop|7
   end
  end
 )
 (func $wasm/assembly/metrics/metrics_reserve (param $0 i32) (result i32)
  (local $1 i32)
  local.get $0
  i32.const 65535
  i32.add
  i32.const 16
  i32.shr_u
  local.tee $0
  memory.size
  local.tee $1
  i32.gt_s
  if (result i32)
   local.get $0
   local.get $1
   i32.sub
   memory.grow
   i32.const 0
   i32.lt_s
  else
   i32.const 0
  end
  if
   i32.const 0
   return
  end
  i32.const 1
 )
 (func $wasm/assembly/metrics/metrics_count_image (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (result i32)
  (local $11 i32)
  (local $12 f64)
  (local $13 i32)
  (local $14 i32)
  (local $15 f64)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  local.get $6
  local.get $7
  call $wasm/assembly/metrics/argmax
  local.tee $0
  i32.const 0
  i32.ge_s
  if
   local.get $0
   return
  end
  local.get $8
  local.get $2
  i32.const 3
  i32.shl
  i32.add
  local.set $13
  local.get $8
  local.get $2
  i32.const 4
  i32.shl
  i32.add
  local.set $14
  local.get $8
  i32.const 0
  local.get $2
  i32.const 24
  i32.mul
  memory.fill
  local.get $9
  i32.const 0
  local.get $4
  i32.const 24
  i32.mul
  memory.fill
  local.get $10
  i32.const 1
  i32.and
  local.set $16
  loop $for-loop|0
   local.get $3
   local.get $11
   i32.gt_s
   if
    local.get $11
    i32.const 2
    i32.shl
    local.tee $17
    local.get $1
    i32.add
    i32.load
    local.tee $0
    i32.const 0
    i32.ge_s
    if
     local.get $13
     local.get $7
     local.get $17
     i32.add
     i32.load
     local.tee $2
     i32.const 3
     i32.shl
     i32.add
     local.tee $10
     local.get $10
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $14
     local.get $0
     i32.const 3
     i32.shl
     local.tee $18
     i32.add
     local.tee $10
     local.get $10
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $8
     local.get $18
     i32.add
     local.tee $10
     local.get $10
     f64.load
     f64.const 1
     f64.const 0
     local.get $0
     local.get $2
     i32.eq
     select
     local.tee $15
     f64.add
     f64.store
     local.get $16
     if
      local.get $6
      local.get $17
      i32.add
      f32.load
      f64.promote_f32
      local.tee $12
      local.get $4
      f64.convert_i32_s
      f64.mul
      f64.floor
      i32.trunc_sat_f64_s
      local.tee $2
      local.get $4
      i32.const 1
      i32.sub
      local.tee $0
      i32.le_s
      if
       local.get $2
       local.set $0
      end
      local.get $0
      i32.const 0
      i32.lt_s
      if
       i32.const 0
       local.set $0
      end
      loop $while-continue|1
       local.get $0
       local.get $4
       i32.const 1
       i32.sub
       i32.lt_s
       if (result i32)
        local.get $12
        local.get $5
        local.get $0
        i32.const 1
        i32.add
        i32.const 3
        i32.shl
        i32.add
        f64.load
        f64.ge
       else
        i32.const 0
       end
       if
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $while-continue|1
       end
      end
      loop $while-continue|2
       local.get $0
       i32.const 0
       i32.gt_s
       if (result i32)
        local.get $12
        local.get $5
        local.get $0
        i32.const 3
        i32.shl
        i32.add
        f64.load
        f64.lt
       else
        i32.const 0
       end
       if
        local.get $0
        i32.const 1
        i32.sub
        local.set $0
        br $while-continue|2
       end
      end
      local.get $9
      local.get $0
      i32.const 24
      i32.mul
      i32.add
      local.tee $0
      local.get $0
      f64.load
      f64.const 1
      f64.add
      f64.store
      local.get $0
      i32.const 8
      i32.add
      local.get $0
      f64.load offset=8
      local.get $15
      f64.add
      f64.store
      local.get $0
      i32.const 16
      i32.add
      local.get $0
      f64.load offset=16
      local.get $12
      f64.add
      f64.store
     end
    end
    local.get $11
    i32.const 1
    i32.add
    local.set $11
    br $for-loop|0
   end
  end
  i32.const -1
 )
 (func $wasm/assembly/metrics/metrics_base (result i32)
  i32.const 1088
 )
 (func $wasm/assembly/metrics/argmax (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (result i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 f32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 i32)
  local.get $3
  i32.const -4
  i32.and
  local.set $7
  loop $for-loop|0
   local.get $6
   local.get $7
   i32.lt_s
   if
    local.get $15
    local.get $6
    i32.const 2
    i32.shl
    local.tee $12
    local.get $0
    i32.add
    v128.load
    local.tee $9
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    f32x4.ge
    local.get $9
    v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
    f32x4.le
    v128.and
    v128.not
    v128.or
    local.set $15
    local.get $4
    local.get $12
    i32.add
    local.get $9
    v128.store
    local.get $5
    local.get $12
    i32.add
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    v128.store
    local.get $6
    i32.const 4
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
  local.get $7
  local.set $6
  loop $for-loop|1
   local.get $3
   local.get $6
   i32.gt_s
   if
    local.get $14
    i32.const 1
    local.get $6
    i32.const 2
    i32.shl
    local.tee $12
    local.get $0
    i32.add
    f32.load
    local.tee $8
    f32.const 1
    f32.le
    local.get $8
    f32.const 0
    f32.ge
    i32.and
    select
    local.set $14
    local.get $4
    local.get $12
    i32.add
    local.get $8
    f32.store
    local.get $5
    local.get $12
    i32.add
    i32.const 0
    i32.store
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|1
   end
  end
  i32.const 1
  local.set $16
  loop $for-loop|2
   local.get $2
   local.get $16
   i32.gt_s
   if
    local.get $0
    local.get $3
    local.get $16
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.set $12
    local.get $16
    i32x4.splat
    local.set $10
    i32.const 0
    local.set $6
    loop $for-loop|3
     local.get $6
     local.get $7
     i32.lt_s
     if
      local.get $15
      local.get $12
      local.get $6
      i32.const 2
      i32.shl
      local.tee $17
      i32.add
      v128.load
      local.tee $18
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.ge
      local.get $18
      v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
      f32x4.le
      v128.and
      v128.not
      v128.or
      local.set $15
      local.get $18
      local.get $4
      local.get $17
      i32.add
      local.tee $19
      v128.load
      local.tee $9
      f32x4.gt
      local.set $11
      local.get $19
      local.get $18
      local.get $9
      local.get $11
      v128.bitselect
      v128.store
      local.get $5
      local.get $17
      i32.add
      local.tee $17
      local.get $10
      local.get $17
      v128.load
      local.get $11
      v128.bitselect
      v128.store
      local.get $6
      i32.const 4
      i32.add
      local.set $6
      br $for-loop|3
     end
    end
    local.get $7
    local.set $6
    loop $for-loop|4
     local.get $3
     local.get $6
     i32.gt_s
     if
      local.get $14
      i32.const 1
      local.get $12
      local.get $6
      i32.const 2
      i32.shl
      local.tee $17
      i32.add
      f32.load
      local.tee $8
      f32.const 1
      f32.le
      local.get $8
      f32.const 0
      f32.ge
      i32.and
      select
      local.set $14
      local.get $8
      local.get $4
      local.get $17
      i32.add
      local.tee $19
      f32.load
      f32.gt
      if
       local.get $19
       local.get $8
       f32.store
       local.get $5
       local.get $17
       i32.add
       local.get $16
       i32.store
      end
      local.get $6
      i32.const 1
      i32.add
      local.set $6
      br $for-loop|4
     end
    end
    local.get $16
    i32.const 1
    i32.add
    local.set $16
    br $for-loop|2
   end
  end
  i32.const 1
  local.get $15
  v128.any_true
  local.get $14
  select
  if
   block $__inlined_func$wasm/assembly/metrics/firstBad$2 (result i32)
    loop $for-loop|00
     local.get $2
     local.get $13
     i32.gt_s
     if
      local.get $0
      local.get $3
      local.get $13
      i32.mul
      i32.const 2
      i32.shl
      i32.add
      local.set $5
      i32.const 0
      local.set $4
      loop $for-loop|11
       local.get $3
       local.get $4
       i32.gt_s
       if
        local.get $1
        local.get $4
        i32.const 2
        i32.shl
        local.tee $6
        i32.add
        i32.load
        i32.const 0
        i32.ge_s
        if
         local.get $3
         local.get $13
         i32.mul
         local.get $4
         i32.add
         local.get $5
         local.get $6
         i32.add
         f32.load
         local.tee $8
         f32.const 1
         f32.le
         local.get $8
         f32.const 0
         f32.ge
         i32.and
         i32.eqz
         br_if $__inlined_func$wasm/assembly/metrics/firstBad$2
         drop
        end
        local.get $4
        i32.const 1
        i32.add
        local.set $4
        br $for-loop|11
       end
      end
      local.get $13
      i32.const 1
      i32.add
      local.set $13
      br $for-loop|00
     end
    end
    i32.const -1
   end
   return
  end
  i32.const -1
 )
 (func $wasm/assembly/loss/softmaxRows (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 f32) (param $7 f32) (result i32)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 i32)
  (local $13 v128)
  (local $14 i32)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  i32.const 1032
  v128.load32_splat
  local.set $10
  i32.const 1068
  v128.load32_splat
  local.set $20
  i32.const 1036
  v128.load32_splat
  local.set $21
  i32.const 1040
  v128.load32_splat
  local.set $17
  i32.const 1028
  v128.load32_splat
  local.set $18
  i32.const 1044
  v128.load32_splat
  local.set $22
  i32.const 1048
  v128.load32_splat
  local.set $23
  i32.const 1052
  v128.load32_splat
  local.set $24
  i32.const 1056
  v128.load32_splat
  local.set $25
  i32.const 1060
  v128.load32_splat
  local.set $26
  local.get $6
  f32x4.splat
  local.set $27
  local.get $7
  f32x4.splat
  local.set $28
  i32.const 1024
  v128.load32_splat
  local.tee $11
  local.set $13
  local.get $5
  i32.const 2
  i32.shl
  local.set $30
  loop $for-loop|0
   local.get $14
   local.get $30
   i32.lt_u
   if
    local.get $10
    local.tee $8
    local.set $15
    local.get $0
    local.get $14
    i32.add
    local.set $12
    i32.const 0
    local.set $5
    loop $for-loop|1
     local.get $4
     local.get $5
     i32.gt_s
     if
      local.get $13
      local.get $12
      v128.load
      local.tee $9
      local.get $20
      v128.and
      local.get $12
      v128.load offset=16
      local.tee $16
      local.get $20
      v128.and
      i32x4.max_u
      i32x4.max_u
      local.set $13
      local.get $8
      local.get $9
      f32x4.pmax
      local.set $8
      local.get $15
      local.get $16
      f32x4.pmax
      local.set $15
      local.get $1
      local.get $12
      i32.add
      local.set $12
      local.get $5
      i32.const 1
      i32.add
      local.set $5
      br $for-loop|1
     end
    end
    local.get $11
    local.tee $9
    local.set $16
    local.get $0
    local.get $14
    i32.add
    local.set $12
    local.get $2
    local.get $14
    i32.add
    local.set $5
    i32.const 0
    local.set $19
    loop $for-loop|2
     local.get $4
     local.get $19
     i32.gt_s
     if
      local.get $12
      v128.load offset=16
      local.get $15
      f32x4.sub
      local.get $27
      f32x4.mul
      local.get $28
      f32x4.mul
      local.tee $32
      local.get $17
      f32x4.add
      local.set $29
      local.get $12
      v128.load
      local.get $8
      f32x4.sub
      local.get $27
      f32x4.mul
      local.get $28
      f32x4.mul
      local.tee $33
      local.get $17
      f32x4.add
      local.set $34
      local.get $5
      local.get $26
      local.get $33
      local.get $34
      local.get $17
      f32x4.sub
      f32x4.sub
      local.tee $31
      local.get $25
      f32x4.relaxed_madd
      local.get $31
      local.get $24
      f32x4.relaxed_madd
      local.get $31
      local.get $23
      f32x4.relaxed_madd
      local.get $31
      local.get $22
      f32x4.relaxed_madd
      local.get $31
      local.get $18
      f32x4.relaxed_madd
      local.get $34
      i32.const 23
      i32x4.shl
      i32x4.add
      local.get $33
      local.get $21
      f32x4.ge
      v128.and
      local.tee $31
      v128.store
      local.get $5
      local.get $26
      local.get $32
      local.get $29
      local.get $17
      f32x4.sub
      f32x4.sub
      local.tee $33
      local.get $25
      f32x4.relaxed_madd
      local.get $33
      local.get $24
      f32x4.relaxed_madd
      local.get $33
      local.get $23
      f32x4.relaxed_madd
      local.get $33
      local.get $22
      f32x4.relaxed_madd
      local.get $33
      local.get $18
      f32x4.relaxed_madd
      local.get $29
      i32.const 23
      i32x4.shl
      i32x4.add
      local.get $32
      local.get $21
      f32x4.ge
      v128.and
      local.tee $29
      v128.store offset=16
      local.get $9
      local.get $31
      f32x4.add
      local.set $9
      local.get $16
      local.get $29
      f32x4.add
      local.set $16
      local.get $1
      local.get $12
      i32.add
      local.set $12
      local.get $3
      local.get $5
      i32.add
      local.set $5
      local.get $19
      i32.const 1
      i32.add
      local.set $19
      br $for-loop|2
     end
    end
    local.get $18
    local.get $9
    f32x4.div
    local.set $8
    local.get $18
    local.get $16
    f32x4.div
    local.set $9
    local.get $2
    local.get $14
    i32.add
    local.set $5
    i32.const 0
    local.set $12
    loop $for-loop|3
     local.get $4
     local.get $12
     i32.gt_s
     if
      local.get $5
      local.get $5
      v128.load
      local.get $8
      f32x4.mul
      v128.store
      local.get $5
      local.get $5
      v128.load offset=16
      local.get $9
      f32x4.mul
      v128.store offset=16
      local.get $3
      local.get $5
      i32.add
      local.set $5
      local.get $12
      i32.const 1
      i32.add
      local.set $12
      br $for-loop|3
     end
    end
    local.get $14
    i32.const 32
    i32.add
    local.set $14
    br $for-loop|0
   end
  end
  local.get $13
  i32x4.extract_lane 0
  local.tee $0
  local.get $13
  i32x4.extract_lane 1
  local.tee $1
  local.get $0
  local.get $1
  i32.gt_u
  select
  local.tee $0
  local.get $13
  i32x4.extract_lane 2
  local.tee $1
  local.get $13
  i32x4.extract_lane 3
  local.tee $2
  local.get $1
  local.get $2
  i32.gt_u
  select
  local.tee $1
  local.get $0
  local.get $1
  i32.gt_u
  select
 )
 (func $wasm/assembly/loss/planarFromInterleaved (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  local.get $2
  i32.const 2
  i32.shl
  local.set $9
  loop $for-loop|0
   local.get $2
   local.get $6
   i32.gt_s
   if
    local.get $1
    local.get $4
    local.get $6
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.set $8
    local.get $0
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.set $7
    i32.const 0
    local.set $5
    loop $for-loop|1
     local.get $3
     local.get $5
     i32.gt_s
     if
      local.get $8
      local.get $5
      i32.const 2
      i32.shl
      i32.add
      local.get $7
      f32.load
      f32.store
      local.get $7
      local.get $9
      i32.add
      local.set $7
      local.get $5
      i32.const 1
      i32.add
      local.set $5
      br $for-loop|1
     end
    end
    local.get $3
    local.set $5
    loop $for-loop|2
     local.get $4
     local.get $5
     i32.gt_s
     if
      local.get $8
      local.get $5
      i32.const 2
      i32.shl
      i32.add
      f32.const 0
      f32.store
      local.get $5
      i32.const 1
      i32.add
      local.set $5
      br $for-loop|2
     end
    end
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/lossStats (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (param $16 f32) (param $17 f32) (param $18 i32) (param $19 i32) (param $20 i32) (result i32)
  local.get $6
  local.get $7
  local.get $8
  local.get $10
  local.get $11
  local.get $9
  local.get $12
  local.get $13
  local.get $14
  local.get $20
  call $wasm/assembly/loss/prepare
  i32.eqz
  if
   i32.const 0
   return
  end
  local.get $0
  local.set $7
  local.get $15
  if (result i32)
   local.get $7
   local.get $1
   local.get $2
   local.get $3
   local.get $9
   local.get $11
   local.get $15
   local.get $16
   local.get $17
   call $wasm/assembly/loss/activate
   i32.const 2139095039
   i32.gt_u
   if
    i32.const 0
    return
   end
   local.get $2
   local.set $7
   local.get $3
  else
   local.get $1
  end
  local.set $2
  local.get $7
  local.get $2
  local.get $4
  local.get $5
  local.get $8
  local.get $9
  local.get $11
  local.get $20
  local.get $12
  i32.const 0
  i32.ne
  local.tee $2
  local.get $18
  i32.const 2
  i32.eq
  local.get $19
  call $wasm/assembly/loss/accumulateAny
  i32.const 1065353216
  i32.gt_u
  if
   local.get $15
   if (result i32)
    i32.const 1
   else
    i32.const 0
    local.set $6
    block $__inlined_func$wasm/assembly/loss/allUnit (result i32)
     loop $for-loop|0
      local.get $6
      local.get $9
      i32.lt_s
      if
       local.get $0
       local.get $1
       local.get $6
       i32.mul
       i32.add
       local.set $3
       i32.const 0
       local.set $7
       loop $for-loop|1
        local.get $7
        local.get $11
        i32.lt_u
        if
         i32.const 0
         local.get $3
         local.get $7
         i32.const 2
         i32.shl
         i32.add
         f32.load
         local.tee $16
         f32.const 1
         f32.le
         local.get $16
         f32.const 0
         f32.ge
         i32.and
         i32.eqz
         br_if $__inlined_func$wasm/assembly/loss/allUnit
         drop
         local.get $7
         i32.const 1
         i32.add
         local.set $7
         br $for-loop|1
        end
       end
       local.get $6
       i32.const 1
       i32.add
       local.set $6
       br $for-loop|0
      end
     end
     i32.const 1
    end
   end
   i32.eqz
   if
    i32.const 0
    return
   end
   local.get $2
   if (result i32)
    i32.const 1
   else
    i32.const 0
    local.set $1
    block $__inlined_func$wasm/assembly/loss/allUnit$1 (result i32)
     loop $for-loop|00
      local.get $1
      local.get $9
      i32.lt_s
      if
       local.get $4
       local.get $1
       local.get $5
       i32.mul
       i32.add
       local.set $0
       i32.const 0
       local.set $2
       loop $for-loop|11
        local.get $2
        local.get $11
        i32.lt_u
        if
         i32.const 0
         local.get $0
         local.get $2
         i32.const 2
         i32.shl
         i32.add
         f32.load
         local.tee $16
         f32.const 1
         f32.le
         local.get $16
         f32.const 0
         f32.ge
         i32.and
         i32.eqz
         br_if $__inlined_func$wasm/assembly/loss/allUnit$1
         drop
         local.get $2
         i32.const 1
         i32.add
         local.set $2
         br $for-loop|11
        end
       end
       local.get $1
       i32.const 1
       i32.add
       local.set $1
       br $for-loop|00
      end
     end
     i32.const 1
    end
   end
   i32.eqz
   if
    i32.const 0
    return
   end
  end
  i32.const 1
 )
 (func $wasm/assembly/loss/lossGrad (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (param $16 i32) (param $17 f32) (param $18 f32) (param $19 i32) (param $20 f32) (param $21 f32) (param $22 i32) (param $23 i32)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  local.get $7
  local.get $8
  local.get $9
  local.get $11
  local.get $12
  local.get $10
  local.get $13
  local.get $14
  local.get $15
  i32.const 0
  call $wasm/assembly/loss/prepare
  drop
  local.get $2
  i32.const 1
  local.get $16
  select
  i32.eqz
  if
   local.get $0
   local.get $1
   local.get $3
   local.get $4
   local.get $10
   local.get $12
   local.get $16
   local.get $17
   local.get $18
   call $wasm/assembly/loss/activate
   drop
   local.get $4
   local.set $1
   local.get $3
   local.set $0
  end
  local.get $19
  i32.const 2
  i32.eq
  local.tee $2
  local.get $13
  i32.const 0
  i32.ne
  local.tee $7
  local.get $16
  i32.const 1
  i32.eq
  i32.and
  i32.and
  if
   local.get $0
   local.set $2
   i32.const 1024
   v128.load32_splat
   local.set $25
   i32.const 1028
   v128.load32_splat
   local.set $27
   local.get $20
   f32x4.splat
   local.set $28
   local.get $21
   f32x4.splat
   local.set $29
   i32.const 0
   local.set $7
   local.get $12
   i32.const 2
   i32.shl
   local.set $5
   loop $for-loop|0
    local.get $5
    local.get $7
    i32.gt_u
    if
     local.get $7
     local.get $9
     i32.add
     local.tee $0
     v128.load
     local.tee $30
     local.get $25
     i32x4.ge_s
     local.set $31
     local.get $0
     v128.load offset=16
     local.tee $32
     local.get $25
     i32x4.ge_s
     local.set $33
     local.get $25
     local.tee $24
     local.set $26
     local.get $2
     local.get $7
     i32.add
     local.set $8
     local.get $3
     local.get $7
     i32.add
     local.set $11
     i32.const 0
     local.set $12
     loop $for-loop|1
      local.get $10
      local.get $12
      i32.gt_s
      if
       local.get $23
       local.get $12
       i32.const 12
       i32.mul
       i32.add
       local.tee $0
       v128.load32_splat
       local.tee $34
       local.get $8
       v128.load
       local.tee $35
       f32x4.mul
       local.get $0
       v128.load32_splat offset=4
       local.tee $36
       local.get $30
       local.get $12
       i32x4.splat
       local.tee $37
       i32x4.eq
       local.get $27
       v128.and
       f32x4.mul
       f32x4.add
       local.set $38
       local.get $34
       local.get $8
       v128.load offset=16
       local.tee $34
       f32x4.mul
       local.get $36
       local.get $32
       local.get $37
       i32x4.eq
       local.get $27
       v128.and
       f32x4.mul
       f32x4.add
       local.set $36
       local.get $22
       local.get $12
       i32.const 5
       i32.shl
       i32.add
       local.tee $0
       local.get $38
       v128.store
       local.get $0
       local.get $36
       v128.store offset=16
       local.get $35
       local.get $38
       local.get $24
       f32x4.relaxed_madd
       local.set $24
       local.get $34
       local.get $36
       local.get $26
       f32x4.relaxed_madd
       local.set $26
       local.get $1
       local.get $8
       i32.add
       local.set $8
       local.get $4
       local.get $11
       i32.add
       local.set $11
       local.get $12
       i32.const 1
       i32.add
       local.set $12
       br $for-loop|1
      end
     end
     local.get $2
     local.get $7
     i32.add
     local.set $8
     local.get $3
     local.get $7
     i32.add
     local.set $11
     i32.const 0
     local.set $0
     loop $for-loop|2
      local.get $0
      local.get $10
      i32.lt_s
      if
       local.get $8
       v128.load offset=16
       local.get $22
       local.get $0
       i32.const 5
       i32.shl
       i32.add
       local.tee $6
       v128.load offset=16
       local.get $26
       f32x4.sub
       f32x4.mul
       local.set $30
       local.get $11
       local.get $8
       v128.load
       local.get $6
       v128.load
       local.get $24
       f32x4.sub
       f32x4.mul
       local.get $28
       f32x4.mul
       local.get $29
       f32x4.mul
       local.get $31
       v128.and
       v128.store
       local.get $11
       local.get $30
       local.get $28
       f32x4.mul
       local.get $29
       f32x4.mul
       local.get $33
       v128.and
       v128.store offset=16
       local.get $1
       local.get $8
       i32.add
       local.set $8
       local.get $4
       local.get $11
       i32.add
       local.set $11
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|2
      end
     end
     local.get $7
     i32.const 32
     i32.add
     local.set $7
     br $for-loop|0
    end
   end
  else
   local.get $2
   i32.eqz
   local.get $7
   local.get $16
   i32.const 1
   i32.eq
   i32.and
   i32.and
   if
    local.get $0
    local.set $2
    i32.const 1024
    v128.load32_splat
    local.set $25
    i32.const 1028
    v128.load32_splat
    local.set $27
    local.get $20
    f32x4.splat
    local.set $28
    local.get $21
    f32x4.splat
    local.set $29
    i32.const 0
    local.set $7
    local.get $12
    i32.const 2
    i32.shl
    local.set $5
    loop $for-loop|3
     local.get $5
     local.get $7
     i32.gt_u
     if
      local.get $7
      local.get $9
      i32.add
      local.tee $0
      v128.load
      local.tee $30
      local.get $25
      i32x4.ge_s
      local.set $31
      local.get $0
      v128.load offset=16
      local.tee $32
      local.get $25
      i32x4.ge_s
      local.set $33
      local.get $25
      local.tee $24
      local.set $26
      local.get $2
      local.get $7
      i32.add
      local.set $8
      local.get $3
      local.get $7
      i32.add
      local.set $11
      i32.const 0
      local.set $12
      loop $for-loop|4
       local.get $10
       local.get $12
       i32.gt_s
       if
        local.get $23
        local.get $12
        i32.const 12
        i32.mul
        i32.add
        local.tee $0
        v128.load32_splat
        local.tee $34
        local.get $0
        v128.load32_splat offset=4
        local.tee $35
        local.get $0
        v128.load32_splat offset=8
        local.tee $36
        local.get $8
        v128.load
        local.tee $37
        local.get $30
        local.get $12
        i32x4.splat
        local.tee $38
        i32x4.eq
        local.get $27
        v128.and
        local.tee $39
        f32x4.lt
        v128.bitselect
        local.get $37
        local.get $39
        f32x4.gt
        v128.bitselect
        local.set $39
        local.get $34
        local.get $35
        local.get $36
        local.get $8
        v128.load offset=16
        local.tee $34
        local.get $32
        local.get $38
        i32x4.eq
        local.get $27
        v128.and
        local.tee $35
        f32x4.lt
        v128.bitselect
        local.get $34
        local.get $35
        f32x4.gt
        v128.bitselect
        local.set $35
        local.get $22
        local.get $12
        i32.const 5
        i32.shl
        i32.add
        local.tee $0
        local.get $39
        v128.store
        local.get $0
        local.get $35
        v128.store offset=16
        local.get $37
        local.get $39
        local.get $24
        f32x4.relaxed_madd
        local.set $24
        local.get $34
        local.get $35
        local.get $26
        f32x4.relaxed_madd
        local.set $26
        local.get $1
        local.get $8
        i32.add
        local.set $8
        local.get $4
        local.get $11
        i32.add
        local.set $11
        local.get $12
        i32.const 1
        i32.add
        local.set $12
        br $for-loop|4
       end
      end
      local.get $2
      local.get $7
      i32.add
      local.set $8
      local.get $3
      local.get $7
      i32.add
      local.set $11
      i32.const 0
      local.set $0
      loop $for-loop|5
       local.get $0
       local.get $10
       i32.lt_s
       if
        local.get $8
        v128.load offset=16
        local.get $22
        local.get $0
        i32.const 5
        i32.shl
        i32.add
        local.tee $6
        v128.load offset=16
        local.get $26
        f32x4.sub
        f32x4.mul
        local.set $30
        local.get $11
        local.get $8
        v128.load
        local.get $6
        v128.load
        local.get $24
        f32x4.sub
        f32x4.mul
        local.get $28
        f32x4.mul
        local.get $29
        f32x4.mul
        local.get $31
        v128.and
        v128.store
        local.get $11
        local.get $30
        local.get $28
        f32x4.mul
        local.get $29
        f32x4.mul
        local.get $33
        v128.and
        v128.store offset=16
        local.get $1
        local.get $8
        i32.add
        local.set $8
        local.get $4
        local.get $11
        i32.add
        local.set $11
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|5
       end
      end
      local.get $7
      i32.const 32
      i32.add
      local.set $7
      br $for-loop|3
     end
    end
   else
    local.get $2
    local.get $7
    i32.eqz
    local.get $16
    i32.const 1
    i32.eq
    i32.and
    i32.and
    if
     local.get $0
     local.set $2
     i32.const 1024
     v128.load32_splat
     local.set $25
     i32.const 1028
     v128.load32_splat
     drop
     local.get $20
     f32x4.splat
     local.set $27
     local.get $21
     f32x4.splat
     local.set $28
     i32.const 0
     local.set $7
     local.get $12
     i32.const 2
     i32.shl
     local.set $14
     loop $for-loop|6
      local.get $7
      local.get $14
      i32.lt_u
      if
       local.get $7
       local.get $9
       i32.add
       local.tee $0
       v128.load
       local.get $25
       i32x4.ge_s
       local.set $29
       local.get $0
       v128.load offset=16
       local.get $25
       i32x4.ge_s
       local.set $30
       local.get $25
       local.tee $24
       local.set $26
       local.get $2
       local.get $7
       i32.add
       local.set $8
       local.get $3
       local.get $7
       i32.add
       local.set $11
       local.get $5
       local.get $7
       i32.add
       local.set $13
       i32.const 0
       local.set $12
       loop $for-loop|7
        local.get $10
        local.get $12
        i32.gt_s
        if
         local.get $13
         v128.load
         local.set $31
         local.get $13
         v128.load offset=16
         local.set $32
         local.get $6
         local.get $13
         i32.add
         local.set $13
         local.get $23
         local.get $12
         i32.const 12
         i32.mul
         i32.add
         local.tee $0
         v128.load32_splat
         local.tee $33
         local.get $8
         v128.load
         local.tee $34
         f32x4.mul
         local.get $0
         v128.load32_splat offset=4
         local.tee $35
         local.get $31
         f32x4.mul
         f32x4.add
         local.set $31
         local.get $33
         local.get $8
         v128.load offset=16
         local.tee $33
         f32x4.mul
         local.get $35
         local.get $32
         f32x4.mul
         f32x4.add
         local.set $32
         local.get $22
         local.get $12
         i32.const 5
         i32.shl
         i32.add
         local.tee $0
         local.get $31
         v128.store
         local.get $0
         local.get $32
         v128.store offset=16
         local.get $34
         local.get $31
         local.get $24
         f32x4.relaxed_madd
         local.set $24
         local.get $33
         local.get $32
         local.get $26
         f32x4.relaxed_madd
         local.set $26
         local.get $1
         local.get $8
         i32.add
         local.set $8
         local.get $4
         local.get $11
         i32.add
         local.set $11
         local.get $12
         i32.const 1
         i32.add
         local.set $12
         br $for-loop|7
        end
       end
       local.get $2
       local.get $7
       i32.add
       local.set $8
       local.get $3
       local.get $7
       i32.add
       local.set $11
       i32.const 0
       local.set $0
       loop $for-loop|8
        local.get $0
        local.get $10
        i32.lt_s
        if
         local.get $8
         v128.load offset=16
         local.get $22
         local.get $0
         i32.const 5
         i32.shl
         i32.add
         local.tee $12
         v128.load offset=16
         local.get $26
         f32x4.sub
         f32x4.mul
         local.set $31
         local.get $11
         local.get $8
         v128.load
         local.get $12
         v128.load
         local.get $24
         f32x4.sub
         f32x4.mul
         local.get $27
         f32x4.mul
         local.get $28
         f32x4.mul
         local.get $29
         v128.and
         v128.store
         local.get $11
         local.get $31
         local.get $27
         f32x4.mul
         local.get $28
         f32x4.mul
         local.get $30
         v128.and
         v128.store offset=16
         local.get $1
         local.get $8
         i32.add
         local.set $8
         local.get $4
         local.get $11
         i32.add
         local.set $11
         local.get $0
         i32.const 1
         i32.add
         local.set $0
         br $for-loop|8
        end
       end
       local.get $7
       i32.const 32
       i32.add
       local.set $7
       br $for-loop|6
      end
     end
    else
     local.get $2
     i32.eqz
     local.get $7
     i32.eqz
     local.get $16
     i32.const 1
     i32.eq
     i32.and
     i32.and
     if
      local.get $0
      local.set $2
      i32.const 1024
      v128.load32_splat
      local.set $25
      i32.const 1028
      v128.load32_splat
      drop
      local.get $20
      f32x4.splat
      local.set $27
      local.get $21
      f32x4.splat
      local.set $28
      i32.const 0
      local.set $7
      local.get $12
      i32.const 2
      i32.shl
      local.set $14
      loop $for-loop|9
       local.get $7
       local.get $14
       i32.lt_u
       if
        local.get $7
        local.get $9
        i32.add
        local.tee $0
        v128.load
        local.get $25
        i32x4.ge_s
        local.set $29
        local.get $0
        v128.load offset=16
        local.get $25
        i32x4.ge_s
        local.set $30
        local.get $25
        local.tee $24
        local.set $26
        local.get $2
        local.get $7
        i32.add
        local.set $8
        local.get $3
        local.get $7
        i32.add
        local.set $11
        local.get $5
        local.get $7
        i32.add
        local.set $13
        i32.const 0
        local.set $12
        loop $for-loop|10
         local.get $10
         local.get $12
         i32.gt_s
         if
          local.get $13
          v128.load
          local.set $31
          local.get $13
          v128.load offset=16
          local.set $32
          local.get $6
          local.get $13
          i32.add
          local.set $13
          local.get $23
          local.get $12
          i32.const 12
          i32.mul
          i32.add
          local.tee $0
          v128.load32_splat
          local.tee $33
          local.get $0
          v128.load32_splat offset=4
          local.tee $34
          local.get $0
          v128.load32_splat offset=8
          local.tee $35
          local.get $8
          v128.load
          local.tee $36
          local.get $31
          f32x4.lt
          v128.bitselect
          local.get $36
          local.get $31
          f32x4.gt
          v128.bitselect
          local.set $31
          local.get $33
          local.get $34
          local.get $35
          local.get $8
          v128.load offset=16
          local.tee $33
          local.get $32
          f32x4.lt
          v128.bitselect
          local.get $33
          local.get $32
          f32x4.gt
          v128.bitselect
          local.set $32
          local.get $22
          local.get $12
          i32.const 5
          i32.shl
          i32.add
          local.tee $0
          local.get $31
          v128.store
          local.get $0
          local.get $32
          v128.store offset=16
          local.get $36
          local.get $31
          local.get $24
          f32x4.relaxed_madd
          local.set $24
          local.get $33
          local.get $32
          local.get $26
          f32x4.relaxed_madd
          local.set $26
          local.get $1
          local.get $8
          i32.add
          local.set $8
          local.get $4
          local.get $11
          i32.add
          local.set $11
          local.get $12
          i32.const 1
          i32.add
          local.set $12
          br $for-loop|10
         end
        end
        local.get $2
        local.get $7
        i32.add
        local.set $8
        local.get $3
        local.get $7
        i32.add
        local.set $11
        i32.const 0
        local.set $0
        loop $for-loop|11
         local.get $0
         local.get $10
         i32.lt_s
         if
          local.get $8
          v128.load offset=16
          local.get $22
          local.get $0
          i32.const 5
          i32.shl
          i32.add
          local.tee $12
          v128.load offset=16
          local.get $26
          f32x4.sub
          f32x4.mul
          local.set $31
          local.get $11
          local.get $8
          v128.load
          local.get $12
          v128.load
          local.get $24
          f32x4.sub
          f32x4.mul
          local.get $27
          f32x4.mul
          local.get $28
          f32x4.mul
          local.get $29
          v128.and
          v128.store
          local.get $11
          local.get $31
          local.get $27
          f32x4.mul
          local.get $28
          f32x4.mul
          local.get $30
          v128.and
          v128.store offset=16
          local.get $1
          local.get $8
          i32.add
          local.set $8
          local.get $4
          local.get $11
          i32.add
          local.set $11
          local.get $0
          i32.const 1
          i32.add
          local.set $0
          br $for-loop|11
         end
        end
        local.get $7
        i32.const 32
        i32.add
        local.set $7
        br $for-loop|9
       end
      end
     else
      local.get $2
      local.get $7
      local.get $16
      i32.const 2
      i32.eq
      i32.and
      i32.and
      if
       i32.const 1024
       v128.load32_splat
       local.set $24
       i32.const 1028
       v128.load32_splat
       local.set $25
       local.get $20
       f32x4.splat
       local.set $26
       local.get $21
       f32x4.splat
       local.set $27
       i32.const 0
       local.set $8
       local.get $12
       i32.const 2
       i32.shl
       local.set $2
       loop $for-loop|12
        local.get $2
        local.get $8
        i32.gt_u
        if
         local.get $8
         local.get $9
         i32.add
         local.tee $5
         v128.load
         local.tee $28
         local.get $24
         i32x4.ge_s
         local.set $29
         local.get $5
         v128.load offset=16
         local.tee $30
         local.get $24
         i32x4.ge_s
         local.set $31
         local.get $0
         local.get $8
         i32.add
         local.set $11
         local.get $3
         local.get $8
         i32.add
         local.set $7
         i32.const 0
         local.set $12
         loop $for-loop|13
          local.get $10
          local.get $12
          i32.gt_s
          if
           local.get $28
           local.get $12
           i32x4.splat
           local.tee $32
           i32x4.eq
           local.get $25
           v128.and
           local.set $33
           local.get $23
           local.get $12
           i32.const 12
           i32.mul
           i32.add
           local.tee $5
           v128.load32_splat
           local.tee $34
           local.get $11
           v128.load offset=16
           local.tee $35
           f32x4.mul
           local.get $5
           v128.load32_splat offset=4
           local.tee $36
           local.get $30
           local.get $32
           i32x4.eq
           local.get $25
           v128.and
           f32x4.mul
           f32x4.add
           local.set $32
           local.get $7
           local.get $34
           local.get $11
           v128.load
           local.tee $34
           f32x4.mul
           local.get $36
           local.get $33
           f32x4.mul
           f32x4.add
           local.get $34
           f32x4.mul
           local.get $25
           local.get $34
           f32x4.sub
           f32x4.mul
           local.get $26
           f32x4.mul
           local.get $27
           f32x4.mul
           local.get $29
           v128.and
           v128.store
           local.get $7
           local.get $32
           local.get $35
           f32x4.mul
           local.get $25
           local.get $35
           f32x4.sub
           f32x4.mul
           local.get $26
           f32x4.mul
           local.get $27
           f32x4.mul
           local.get $31
           v128.and
           v128.store offset=16
           local.get $1
           local.get $11
           i32.add
           local.set $11
           local.get $4
           local.get $7
           i32.add
           local.set $7
           local.get $12
           i32.const 1
           i32.add
           local.set $12
           br $for-loop|13
          end
         end
         local.get $8
         i32.const 32
         i32.add
         local.set $8
         br $for-loop|12
        end
       end
      else
       local.get $2
       i32.eqz
       local.get $7
       local.get $16
       i32.const 2
       i32.eq
       i32.and
       i32.and
       if
        i32.const 1024
        v128.load32_splat
        local.set $24
        i32.const 1028
        v128.load32_splat
        local.set $25
        local.get $20
        f32x4.splat
        local.set $26
        local.get $21
        f32x4.splat
        local.set $27
        i32.const 0
        local.set $8
        local.get $12
        i32.const 2
        i32.shl
        local.set $2
        loop $for-loop|15
         local.get $2
         local.get $8
         i32.gt_u
         if
          local.get $8
          local.get $9
          i32.add
          local.tee $5
          v128.load
          local.tee $28
          local.get $24
          i32x4.ge_s
          local.set $29
          local.get $5
          v128.load offset=16
          local.tee $30
          local.get $24
          i32x4.ge_s
          local.set $31
          local.get $0
          local.get $8
          i32.add
          local.set $11
          local.get $3
          local.get $8
          i32.add
          local.set $7
          i32.const 0
          local.set $12
          loop $for-loop|16
           local.get $10
           local.get $12
           i32.gt_s
           if
            local.get $28
            local.get $12
            i32x4.splat
            local.tee $32
            i32x4.eq
            local.get $25
            v128.and
            local.set $33
            local.get $23
            local.get $12
            i32.const 12
            i32.mul
            i32.add
            local.tee $5
            v128.load32_splat
            local.tee $34
            local.get $5
            v128.load32_splat offset=4
            local.tee $35
            local.get $5
            v128.load32_splat offset=8
            local.tee $36
            local.get $11
            v128.load offset=16
            local.tee $37
            local.get $30
            local.get $32
            i32x4.eq
            local.get $25
            v128.and
            local.tee $32
            f32x4.lt
            v128.bitselect
            local.get $37
            local.get $32
            f32x4.gt
            v128.bitselect
            local.set $32
            local.get $7
            local.get $34
            local.get $35
            local.get $36
            local.get $11
            v128.load
            local.tee $34
            local.get $33
            f32x4.lt
            v128.bitselect
            local.get $34
            local.get $33
            f32x4.gt
            v128.bitselect
            local.get $34
            f32x4.mul
            local.get $25
            local.get $34
            f32x4.sub
            f32x4.mul
            local.get $26
            f32x4.mul
            local.get $27
            f32x4.mul
            local.get $29
            v128.and
            v128.store
            local.get $7
            local.get $32
            local.get $37
            f32x4.mul
            local.get $25
            local.get $37
            f32x4.sub
            f32x4.mul
            local.get $26
            f32x4.mul
            local.get $27
            f32x4.mul
            local.get $31
            v128.and
            v128.store offset=16
            local.get $1
            local.get $11
            i32.add
            local.set $11
            local.get $4
            local.get $7
            i32.add
            local.set $7
            local.get $12
            i32.const 1
            i32.add
            local.set $12
            br $for-loop|16
           end
          end
          local.get $8
          i32.const 32
          i32.add
          local.set $8
          br $for-loop|15
         end
        end
       else
        local.get $2
        local.get $7
        i32.eqz
        local.get $16
        i32.const 2
        i32.eq
        i32.and
        i32.and
        if
         i32.const 1024
         v128.load32_splat
         local.set $24
         i32.const 1028
         v128.load32_splat
         local.set $25
         local.get $20
         f32x4.splat
         local.set $26
         local.get $21
         f32x4.splat
         local.set $27
         i32.const 0
         local.set $8
         local.get $12
         i32.const 2
         i32.shl
         local.set $2
         loop $for-loop|18
          local.get $2
          local.get $8
          i32.gt_u
          if
           local.get $8
           local.get $9
           i32.add
           local.tee $7
           v128.load
           local.get $24
           i32x4.ge_s
           local.set $28
           local.get $7
           v128.load offset=16
           local.get $24
           i32x4.ge_s
           local.set $29
           local.get $0
           local.get $8
           i32.add
           local.set $11
           local.get $3
           local.get $8
           i32.add
           local.set $7
           local.get $5
           local.get $8
           i32.add
           local.set $13
           i32.const 0
           local.set $12
           loop $for-loop|19
            local.get $10
            local.get $12
            i32.gt_s
            if
             local.get $13
             v128.load
             local.set $30
             local.get $13
             v128.load offset=16
             local.set $31
             local.get $6
             local.get $13
             i32.add
             local.set $13
             local.get $23
             local.get $12
             i32.const 12
             i32.mul
             i32.add
             local.tee $14
             v128.load32_splat
             local.tee $32
             local.get $11
             v128.load offset=16
             local.tee $33
             f32x4.mul
             local.get $14
             v128.load32_splat offset=4
             local.tee $34
             local.get $31
             f32x4.mul
             f32x4.add
             local.set $31
             local.get $7
             local.get $32
             local.get $11
             v128.load
             local.tee $32
             f32x4.mul
             local.get $34
             local.get $30
             f32x4.mul
             f32x4.add
             local.get $32
             f32x4.mul
             local.get $25
             local.get $32
             f32x4.sub
             f32x4.mul
             local.get $26
             f32x4.mul
             local.get $27
             f32x4.mul
             local.get $28
             v128.and
             v128.store
             local.get $7
             local.get $31
             local.get $33
             f32x4.mul
             local.get $25
             local.get $33
             f32x4.sub
             f32x4.mul
             local.get $26
             f32x4.mul
             local.get $27
             f32x4.mul
             local.get $29
             v128.and
             v128.store offset=16
             local.get $1
             local.get $11
             i32.add
             local.set $11
             local.get $4
             local.get $7
             i32.add
             local.set $7
             local.get $12
             i32.const 1
             i32.add
             local.set $12
             br $for-loop|19
            end
           end
           local.get $8
           i32.const 32
           i32.add
           local.set $8
           br $for-loop|18
          end
         end
        else
         local.get $2
         i32.eqz
         local.get $7
         i32.eqz
         local.get $16
         i32.const 2
         i32.eq
         i32.and
         i32.and
         if
          i32.const 1024
          v128.load32_splat
          local.set $24
          i32.const 1028
          v128.load32_splat
          local.set $25
          local.get $20
          f32x4.splat
          local.set $26
          local.get $21
          f32x4.splat
          local.set $27
          i32.const 0
          local.set $8
          local.get $12
          i32.const 2
          i32.shl
          local.set $2
          loop $for-loop|21
           local.get $2
           local.get $8
           i32.gt_u
           if
            local.get $8
            local.get $9
            i32.add
            local.tee $7
            v128.load
            local.get $24
            i32x4.ge_s
            local.set $28
            local.get $7
            v128.load offset=16
            local.get $24
            i32x4.ge_s
            local.set $29
            local.get $0
            local.get $8
            i32.add
            local.set $11
            local.get $3
            local.get $8
            i32.add
            local.set $7
            local.get $5
            local.get $8
            i32.add
            local.set $13
            i32.const 0
            local.set $12
            loop $for-loop|22
             local.get $10
             local.get $12
             i32.gt_s
             if
              local.get $13
              v128.load
              local.set $30
              local.get $13
              v128.load offset=16
              local.set $31
              local.get $6
              local.get $13
              i32.add
              local.set $13
              local.get $23
              local.get $12
              i32.const 12
              i32.mul
              i32.add
              local.tee $14
              v128.load32_splat
              local.tee $32
              local.get $14
              v128.load32_splat offset=4
              local.tee $33
              local.get $14
              v128.load32_splat offset=8
              local.tee $34
              local.get $11
              v128.load offset=16
              local.tee $35
              local.get $31
              f32x4.lt
              v128.bitselect
              local.get $35
              local.get $31
              f32x4.gt
              v128.bitselect
              local.set $31
              local.get $7
              local.get $32
              local.get $33
              local.get $34
              local.get $11
              v128.load
              local.tee $32
              local.get $30
              f32x4.lt
              v128.bitselect
              local.get $32
              local.get $30
              f32x4.gt
              v128.bitselect
              local.get $32
              f32x4.mul
              local.get $25
              local.get $32
              f32x4.sub
              f32x4.mul
              local.get $26
              f32x4.mul
              local.get $27
              f32x4.mul
              local.get $28
              v128.and
              v128.store
              local.get $7
              local.get $31
              local.get $35
              f32x4.mul
              local.get $25
              local.get $35
              f32x4.sub
              f32x4.mul
              local.get $26
              f32x4.mul
              local.get $27
              f32x4.mul
              local.get $29
              v128.and
              v128.store offset=16
              local.get $1
              local.get $11
              i32.add
              local.set $11
              local.get $4
              local.get $7
              i32.add
              local.set $7
              local.get $12
              i32.const 1
              i32.add
              local.set $12
              br $for-loop|22
             end
            end
            local.get $8
            i32.const 32
            i32.add
            local.set $8
            br $for-loop|21
           end
          end
         else
          local.get $2
          local.get $7
          local.get $16
          i32.eqz
          i32.and
          i32.and
          if
           i32.const 1024
           v128.load32_splat
           local.set $24
           i32.const 1028
           v128.load32_splat
           local.set $25
           i32.const 0
           local.set $7
           local.get $12
           i32.const 2
           i32.shl
           local.set $2
           loop $for-loop|24
            local.get $2
            local.get $7
            i32.gt_u
            if
             local.get $7
             local.get $9
             i32.add
             local.tee $5
             v128.load
             local.tee $26
             local.get $24
             i32x4.ge_s
             local.set $27
             local.get $5
             v128.load offset=16
             local.tee $28
             local.get $24
             i32x4.ge_s
             local.set $29
             local.get $0
             local.get $7
             i32.add
             local.set $11
             local.get $3
             local.get $7
             i32.add
             local.set $12
             i32.const 0
             local.set $8
             loop $for-loop|25
              local.get $8
              local.get $10
              i32.lt_s
              if
               local.get $26
               local.get $8
               i32x4.splat
               local.tee $30
               i32x4.eq
               local.get $25
               v128.and
               local.set $31
               local.get $23
               local.get $8
               i32.const 12
               i32.mul
               i32.add
               local.tee $5
               v128.load32_splat
               local.tee $32
               local.get $11
               v128.load offset=16
               f32x4.mul
               local.get $5
               v128.load32_splat offset=4
               local.tee $33
               local.get $28
               local.get $30
               i32x4.eq
               local.get $25
               v128.and
               f32x4.mul
               f32x4.add
               local.set $30
               local.get $12
               local.get $32
               local.get $11
               v128.load
               f32x4.mul
               local.get $33
               local.get $31
               f32x4.mul
               f32x4.add
               local.get $27
               v128.and
               v128.store
               local.get $12
               local.get $30
               local.get $29
               v128.and
               v128.store offset=16
               local.get $1
               local.get $11
               i32.add
               local.set $11
               local.get $4
               local.get $12
               i32.add
               local.set $12
               local.get $8
               i32.const 1
               i32.add
               local.set $8
               br $for-loop|25
              end
             end
             local.get $7
             i32.const 32
             i32.add
             local.set $7
             br $for-loop|24
            end
           end
          else
           local.get $2
           i32.eqz
           local.get $7
           local.get $16
           i32.eqz
           i32.and
           i32.and
           if
            i32.const 1024
            v128.load32_splat
            local.set $24
            i32.const 1028
            v128.load32_splat
            local.set $25
            i32.const 0
            local.set $7
            local.get $12
            i32.const 2
            i32.shl
            local.set $2
            loop $for-loop|27
             local.get $2
             local.get $7
             i32.gt_u
             if
              local.get $7
              local.get $9
              i32.add
              local.tee $5
              v128.load
              local.tee $26
              local.get $24
              i32x4.ge_s
              local.set $27
              local.get $5
              v128.load offset=16
              local.tee $28
              local.get $24
              i32x4.ge_s
              local.set $29
              local.get $0
              local.get $7
              i32.add
              local.set $11
              local.get $3
              local.get $7
              i32.add
              local.set $12
              i32.const 0
              local.set $8
              loop $for-loop|28
               local.get $8
               local.get $10
               i32.lt_s
               if
                local.get $26
                local.get $8
                i32x4.splat
                local.tee $30
                i32x4.eq
                local.get $25
                v128.and
                local.set $31
                local.get $23
                local.get $8
                i32.const 12
                i32.mul
                i32.add
                local.tee $5
                v128.load32_splat
                local.tee $32
                local.get $5
                v128.load32_splat offset=4
                local.tee $33
                local.get $5
                v128.load32_splat offset=8
                local.tee $34
                local.get $11
                v128.load offset=16
                local.tee $35
                local.get $28
                local.get $30
                i32x4.eq
                local.get $25
                v128.and
                local.tee $30
                f32x4.lt
                v128.bitselect
                local.get $35
                local.get $30
                f32x4.gt
                v128.bitselect
                local.set $30
                local.get $12
                local.get $32
                local.get $33
                local.get $34
                local.get $11
                v128.load
                local.tee $32
                local.get $31
                f32x4.lt
                v128.bitselect
                local.get $32
                local.get $31
                f32x4.gt
                v128.bitselect
                local.get $27
                v128.and
                v128.store
                local.get $12
                local.get $30
                local.get $29
                v128.and
                v128.store offset=16
                local.get $1
                local.get $11
                i32.add
                local.set $11
                local.get $4
                local.get $12
                i32.add
                local.set $12
                local.get $8
                i32.const 1
                i32.add
                local.set $8
                br $for-loop|28
               end
              end
              local.get $7
              i32.const 32
              i32.add
              local.set $7
              br $for-loop|27
             end
            end
           else
            local.get $2
            local.get $7
            local.get $16
            i32.or
            i32.eqz
            i32.and
            if
             i32.const 1024
             v128.load32_splat
             local.set $24
             i32.const 1028
             v128.load32_splat
             drop
             i32.const 0
             local.set $7
             local.get $12
             i32.const 2
             i32.shl
             local.set $2
             loop $for-loop|30
              local.get $2
              local.get $7
              i32.gt_u
              if
               local.get $7
               local.get $9
               i32.add
               local.tee $8
               v128.load
               local.get $24
               i32x4.ge_s
               local.set $25
               local.get $8
               v128.load offset=16
               local.get $24
               i32x4.ge_s
               local.set $26
               local.get $0
               local.get $7
               i32.add
               local.set $11
               local.get $3
               local.get $7
               i32.add
               local.set $12
               local.get $5
               local.get $7
               i32.add
               local.set $13
               i32.const 0
               local.set $8
               loop $for-loop|31
                local.get $8
                local.get $10
                i32.lt_s
                if
                 local.get $13
                 v128.load
                 local.set $27
                 local.get $13
                 v128.load offset=16
                 local.set $28
                 local.get $6
                 local.get $13
                 i32.add
                 local.set $13
                 local.get $23
                 local.get $8
                 i32.const 12
                 i32.mul
                 i32.add
                 local.tee $14
                 v128.load32_splat
                 local.tee $29
                 local.get $11
                 v128.load offset=16
                 f32x4.mul
                 local.get $14
                 v128.load32_splat offset=4
                 local.tee $30
                 local.get $28
                 f32x4.mul
                 f32x4.add
                 local.set $28
                 local.get $12
                 local.get $29
                 local.get $11
                 v128.load
                 f32x4.mul
                 local.get $30
                 local.get $27
                 f32x4.mul
                 f32x4.add
                 local.get $25
                 v128.and
                 v128.store
                 local.get $12
                 local.get $28
                 local.get $26
                 v128.and
                 v128.store offset=16
                 local.get $1
                 local.get $11
                 i32.add
                 local.set $11
                 local.get $4
                 local.get $12
                 i32.add
                 local.set $12
                 local.get $8
                 i32.const 1
                 i32.add
                 local.set $8
                 br $for-loop|31
                end
               end
               local.get $7
               i32.const 32
               i32.add
               local.set $7
               br $for-loop|30
              end
             end
            else
             i32.const 1024
             v128.load32_splat
             local.set $24
             i32.const 1028
             v128.load32_splat
             drop
             i32.const 0
             local.set $7
             local.get $12
             i32.const 2
             i32.shl
             local.set $2
             loop $for-loop|33
              local.get $2
              local.get $7
              i32.gt_u
              if
               local.get $7
               local.get $9
               i32.add
               local.tee $8
               v128.load
               local.get $24
               i32x4.ge_s
               local.set $25
               local.get $8
               v128.load offset=16
               local.get $24
               i32x4.ge_s
               local.set $26
               local.get $0
               local.get $7
               i32.add
               local.set $11
               local.get $3
               local.get $7
               i32.add
               local.set $12
               local.get $5
               local.get $7
               i32.add
               local.set $13
               i32.const 0
               local.set $8
               loop $for-loop|34
                local.get $8
                local.get $10
                i32.lt_s
                if
                 local.get $13
                 v128.load
                 local.set $27
                 local.get $13
                 v128.load offset=16
                 local.set $28
                 local.get $6
                 local.get $13
                 i32.add
                 local.set $13
                 local.get $23
                 local.get $8
                 i32.const 12
                 i32.mul
                 i32.add
                 local.tee $14
                 v128.load32_splat
                 local.tee $29
                 local.get $14
                 v128.load32_splat offset=4
                 local.tee $30
                 local.get $14
                 v128.load32_splat offset=8
                 local.tee $31
                 local.get $11
                 v128.load offset=16
                 local.tee $32
                 local.get $28
                 f32x4.lt
                 v128.bitselect
                 local.get $32
                 local.get $28
                 f32x4.gt
                 v128.bitselect
                 local.set $28
                 local.get $12
                 local.get $29
                 local.get $30
                 local.get $31
                 local.get $11
                 v128.load
                 local.tee $29
                 local.get $27
                 f32x4.lt
                 v128.bitselect
                 local.get $29
                 local.get $27
                 f32x4.gt
                 v128.bitselect
                 local.get $25
                 v128.and
                 v128.store
                 local.get $12
                 local.get $28
                 local.get $26
                 v128.and
                 v128.store offset=16
                 local.get $1
                 local.get $11
                 i32.add
                 local.set $11
                 local.get $4
                 local.get $12
                 i32.add
                 local.set $12
                 local.get $8
                 i32.const 1
                 i32.add
                 local.set $8
                 br $for-loop|34
                end
               end
               local.get $7
               i32.const 32
               i32.add
               local.set $7
               br $for-loop|33
              end
             end
            end
           end
          end
         end
        end
       end
      end
     end
    end
   end
  end
 )
 (func $wasm/assembly/loss/interleavedFromPlanar (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  local.get $2
  i32.const 2
  i32.shl
  local.set $8
  loop $for-loop|0
   local.get $2
   local.get $5
   i32.gt_s
   if
    local.get $0
    local.get $4
    local.get $5
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.set $9
    local.get $1
    local.get $5
    i32.const 2
    i32.shl
    i32.add
    local.set $7
    i32.const 0
    local.set $6
    loop $for-loop|1
     local.get $3
     local.get $6
     i32.gt_s
     if
      local.get $7
      local.get $9
      local.get $6
      i32.const 2
      i32.shl
      i32.add
      f32.load
      f32.store
      local.get $7
      local.get $8
      i32.add
      local.set $7
      local.get $6
      i32.const 1
      i32.add
      local.set $6
      br $for-loop|1
     end
    end
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/exp2Batch (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  i32.const 1036
  v128.load32_splat
  local.set $8
  i32.const 1040
  v128.load32_splat
  local.set $5
  i32.const 1028
  v128.load32_splat
  local.set $9
  i32.const 1044
  v128.load32_splat
  local.set $10
  i32.const 1048
  v128.load32_splat
  local.set $11
  i32.const 1052
  v128.load32_splat
  local.set $12
  i32.const 1056
  v128.load32_splat
  local.set $13
  i32.const 1060
  v128.load32_splat
  local.set $14
  local.get $2
  i32.const 2
  i32.shl
  local.set $2
  loop $for-loop|0
   local.get $2
   local.get $3
   i32.gt_u
   if
    local.get $0
    local.get $3
    i32.add
    v128.load
    local.tee $6
    local.get $5
    f32x4.add
    local.set $7
    local.get $1
    local.get $3
    i32.add
    local.get $14
    local.get $6
    local.get $7
    local.get $5
    f32x4.sub
    f32x4.sub
    local.tee $4
    local.get $13
    f32x4.relaxed_madd
    local.get $4
    local.get $12
    f32x4.relaxed_madd
    local.get $4
    local.get $11
    f32x4.relaxed_madd
    local.get $4
    local.get $10
    f32x4.relaxed_madd
    local.get $4
    local.get $9
    f32x4.relaxed_madd
    local.get $7
    i32.const 23
    i32x4.shl
    i32x4.add
    local.get $6
    local.get $8
    f32x4.ge
    v128.and
    v128.store
    local.get $3
    i32.const 16
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/accumulateAny (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (result i32)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 i32)
  (local $28 i32)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  block $folding-inner3
   local.get $10
   i32.const 0
   local.get $9
   i32.const 0
   local.get $8
   select
   select
   if
    local.get $6
    i32.const 2
    i32.shl
    local.set $2
    i32.const 1028
    v128.load32_splat
    local.set $16
    i32.const 1068
    v128.load32_splat
    drop
    i32.const 1024
    v128.load32_splat
    local.tee $11
    local.set $25
    loop $for-loop|0
     local.get $5
     local.get $24
     i32.gt_s
     if
      local.get $24
      i32x4.splat
      local.set $20
      local.get $0
      local.get $1
      local.get $24
      i32.mul
      i32.add
      local.set $3
      local.get $11
      local.tee $14
      local.tee $15
      local.tee $19
      local.tee $18
      local.tee $12
      local.set $21
      i32.const 0
      local.set $6
      loop $for-loop|1
       local.get $2
       local.get $6
       i32.gt_u
       if
        local.get $2
        local.get $6
        i32.const 512
        i32.add
        local.tee $8
        local.get $2
        local.get $8
        i32.lt_u
        select
        local.set $9
        local.get $11
        local.tee $13
        local.set $17
        local.get $6
        local.set $8
        loop $for-loop|2
         local.get $8
         local.get $9
         i32.lt_u
         if
          local.get $25
          local.get $3
          local.get $8
          i32.add
          v128.load
          local.tee $22
          i32x4.max_u
          local.set $25
          local.get $22
          local.get $4
          local.get $8
          i32.add
          v128.load
          local.tee $22
          local.get $11
          i32x4.ge_s
          v128.and
          local.set $23
          local.get $22
          local.get $20
          i32x4.eq
          local.tee $22
          local.get $16
          v128.and
          local.set $26
          local.get $23
          local.get $23
          local.get $13
          f32x4.relaxed_madd
          local.set $13
          local.get $17
          local.get $23
          local.get $22
          v128.and
          f32x4.add
          local.set $17
          local.get $12
          local.get $23
          f32x4.pmax
          local.set $12
          local.get $21
          local.get $23
          local.get $26
          f32x4.add
          f32x4.pmax
          local.set $21
          local.get $8
          i32.const 16
          i32.add
          local.set $8
          br $for-loop|2
         end
        end
        local.get $14
        local.get $13
        f64x2.promote_low_f32x4
        f64x2.add
        local.set $14
        local.get $15
        local.get $13
        local.get $13
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.set $15
        local.get $19
        local.get $17
        f64x2.promote_low_f32x4
        f64x2.add
        local.set $19
        local.get $18
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.set $18
        local.get $6
        i32.const 512
        i32.add
        local.set $6
        br $for-loop|1
       end
      end
      local.get $7
      local.get $24
      i32.const 6
      i32.shl
      i32.add
      local.tee $3
      local.get $3
      f64.load
      local.get $14
      local.get $15
      f64x2.add
      local.tee $13
      f64x2.extract_lane 0
      local.get $13
      f64x2.extract_lane 1
      f64.add
      f64.add
      f64.store
      local.get $3
      local.get $3
      f64.load offset=16
      local.get $19
      local.get $18
      f64x2.add
      local.tee $13
      f64x2.extract_lane 0
      local.get $13
      f64x2.extract_lane 1
      f64.add
      f64.add
      f64.store offset=16
      local.get $3
      local.get $3
      f64.load offset=32
      local.get $12
      f32x4.extract_lane 0
      local.get $12
      f32x4.extract_lane 1
      f32.max
      local.get $12
      f32x4.extract_lane 2
      local.get $12
      f32x4.extract_lane 3
      f32.max
      f32.max
      f64.promote_f32
      f64.max
      f64.store offset=32
      local.get $3
      local.get $3
      f64.load offset=40
      local.get $21
      f32x4.extract_lane 0
      local.get $21
      f32x4.extract_lane 1
      f32.max
      local.get $21
      f32x4.extract_lane 2
      local.get $21
      f32x4.extract_lane 3
      f32.max
      f32.max
      f64.promote_f32
      f64.max
      f64.store offset=40
      local.get $24
      i32.const 1
      i32.add
      local.set $24
      br $for-loop|0
     end
    end
    br $folding-inner3
   end
   block $folding-inner2
    block $folding-inner1
     block $folding-inner0
      local.get $10
      i32.const 1
      local.get $9
      i32.const 0
      local.get $8
      select
      select
      i32.eqz
      if
       i32.const 1
       local.set $24
       br $folding-inner0
      end
      i32.const 0
      local.get $10
      local.get $9
      i32.const 1
      local.get $8
      select
      select
      if
       i32.const 1
       local.set $28
       br $folding-inner1
      end
      local.get $9
      i32.const 1
      local.get $8
      select
      local.get $10
      i32.or
      i32.eqz
      if
       i32.const 1
       local.set $24
       br $folding-inner2
      end
      local.get $10
      i32.const 0
      i32.const 0
      local.get $9
      local.get $8
      select
      select
      if
       i32.const 1
       local.set $28
       br $folding-inner2
      end
      local.get $10
      i32.const 1
      i32.const 0
      local.get $9
      local.get $8
      select
      select
      i32.eqz
      if
       i32.const 1
       local.set $24
       br $folding-inner1
      end
      i32.const 0
      local.get $10
      local.get $8
      local.get $9
      i32.or
      select
      if
       i32.const 1
       local.set $28
       br $folding-inner0
      end
      local.get $6
      i32.const 2
      i32.shl
      local.set $9
      i32.const 1028
      v128.load32_splat
      drop
      i32.const 1068
      v128.load32_splat
      local.set $16
      i32.const 1024
      v128.load32_splat
      local.tee $12
      local.set $25
      loop $for-loop|21
       local.get $5
       local.get $24
       i32.gt_s
       if
        local.get $0
        local.get $1
        local.get $24
        i32.mul
        i32.add
        local.set $10
        local.get $2
        local.get $3
        local.get $24
        i32.mul
        i32.add
        local.set $27
        local.get $12
        local.tee $14
        local.tee $15
        local.set $26
        local.get $15
        local.tee $11
        local.tee $19
        local.tee $18
        local.set $20
        i32.const 0
        local.set $6
        loop $for-loop|22
         local.get $6
         local.get $9
         i32.lt_u
         if
          local.get $9
          local.get $6
          i32.const 512
          i32.add
          local.tee $8
          local.get $8
          local.get $9
          i32.gt_u
          select
          local.set $28
          local.get $12
          local.tee $13
          local.set $23
          local.get $13
          local.set $17
          local.get $6
          local.set $8
          loop $for-loop|23
           local.get $8
           local.get $28
           i32.lt_u
           if
            local.get $25
            local.get $8
            local.get $10
            i32.add
            v128.load
            local.tee $21
            i32x4.max_u
            local.get $8
            local.get $27
            i32.add
            v128.load
            local.tee $22
            i32x4.max_u
            local.set $25
            local.get $13
            local.get $21
            local.get $4
            local.get $8
            i32.add
            v128.load
            local.get $12
            i32x4.ge_s
            local.tee $21
            v128.and
            local.tee $29
            f32x4.add
            local.set $13
            local.get $23
            local.get $22
            local.get $21
            v128.and
            local.tee $21
            f32x4.add
            local.set $23
            local.get $20
            local.get $21
            f32x4.pmax
            local.set $20
            local.get $17
            local.get $29
            local.get $21
            f32x4.sub
            local.get $16
            v128.and
            f32x4.add
            local.set $17
            local.get $8
            i32.const 16
            i32.add
            local.set $8
            br $for-loop|23
           end
          end
          local.get $14
          local.get $13
          f64x2.promote_low_f32x4
          f64x2.add
          local.set $14
          local.get $15
          local.get $13
          local.get $13
          i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
          f64x2.promote_low_f32x4
          f64x2.add
          local.set $15
          local.get $19
          local.get $17
          f64x2.promote_low_f32x4
          f64x2.add
          local.set $19
          local.get $18
          local.get $17
          local.get $17
          i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
          f64x2.promote_low_f32x4
          f64x2.add
          local.set $18
          local.get $26
          local.get $23
          f64x2.promote_low_f32x4
          f64x2.add
          local.set $26
          local.get $11
          local.get $23
          local.get $23
          i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
          f64x2.promote_low_f32x4
          f64x2.add
          local.set $11
          local.get $6
          i32.const 512
          i32.add
          local.set $6
          br $for-loop|22
         end
        end
        local.get $7
        local.get $24
        i32.const 6
        i32.shl
        i32.add
        local.tee $6
        local.get $6
        f64.load
        local.get $14
        local.get $15
        f64x2.add
        local.tee $13
        f64x2.extract_lane 0
        local.get $13
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $6
        local.get $6
        f64.load offset=8
        local.get $26
        local.get $11
        f64x2.add
        local.tee $11
        f64x2.extract_lane 0
        local.get $11
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $6
        local.get $6
        f64.load offset=16
        local.get $19
        local.get $18
        f64x2.add
        local.tee $11
        f64x2.extract_lane 0
        local.get $11
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $6
        local.get $6
        f64.load offset=24
        local.get $20
        f32x4.extract_lane 0
        local.get $20
        f32x4.extract_lane 1
        f32.max
        local.get $20
        f32x4.extract_lane 2
        local.get $20
        f32x4.extract_lane 3
        f32.max
        f32.max
        f64.promote_f32
        f64.max
        f64.store offset=24
        local.get $24
        i32.const 1
        i32.add
        local.set $24
        br $for-loop|21
       end
      end
      local.get $25
      i32x4.extract_lane 0
      local.tee $0
      local.get $25
      i32x4.extract_lane 1
      local.tee $1
      local.get $0
      local.get $1
      i32.gt_u
      select
      local.tee $0
      local.get $25
      i32x4.extract_lane 2
      local.tee $1
      local.get $25
      i32x4.extract_lane 3
      local.tee $2
      local.get $1
      local.get $2
      i32.gt_u
      select
      local.tee $1
      local.get $0
      local.get $1
      i32.gt_u
      select
      return
     end
     local.get $6
     i32.const 2
     i32.shl
     local.set $9
     i32.const 1028
     v128.load32_splat
     local.set $29
     i32.const 1068
     v128.load32_splat
     local.set $30
     i32.const 1024
     v128.load32_splat
     local.tee $16
     local.set $25
     loop $for-loop|3
      local.get $5
      local.get $27
      i32.gt_s
      if
       local.get $27
       i32x4.splat
       local.set $31
       local.get $0
       local.get $1
       local.get $27
       i32.mul
       i32.add
       local.set $10
       local.get $2
       local.get $3
       local.get $27
       i32.mul
       i32.add
       local.set $32
       local.get $16
       local.tee $14
       local.tee $15
       local.set $26
       local.get $15
       local.tee $11
       local.tee $19
       local.tee $18
       local.tee $20
       local.tee $12
       local.set $21
       i32.const 0
       local.set $6
       loop $for-loop|4
        local.get $6
        local.get $9
        i32.lt_u
        if
         local.get $9
         local.get $6
         i32.const 512
         i32.add
         local.tee $8
         local.get $8
         local.get $9
         i32.gt_u
         select
         local.set $33
         local.get $16
         local.tee $13
         local.tee $23
         local.set $17
         local.get $6
         local.set $8
         loop $for-loop|5
          local.get $8
          local.get $33
          i32.lt_u
          if
           local.get $25
           local.get $8
           local.get $10
           i32.add
           v128.load
           local.tee $22
           i32x4.max_u
           local.set $25
           local.get $22
           local.get $4
           local.get $8
           i32.add
           v128.load
           local.tee $22
           local.get $16
           i32x4.ge_s
           v128.and
           local.set $34
           local.get $24
           if (result v128)
            local.get $22
            local.get $31
            i32x4.eq
            local.tee $35
            local.get $29
            v128.and
            local.set $22
            local.get $17
            local.get $34
            local.get $35
            v128.and
            f32x4.add
           else
            local.get $25
            local.get $8
            local.get $32
            i32.add
            v128.load
            local.tee $35
            i32x4.max_u
            local.set $25
            local.get $34
            local.get $35
            local.get $22
            local.get $16
            i32x4.ge_s
            v128.and
            local.tee $22
            f32x4.sub
            local.get $30
            v128.and
            local.set $35
            local.get $22
            local.get $22
            local.get $23
            f32x4.relaxed_madd
            local.get $23
            local.get $22
            f32x4.add
            local.get $24
            select
            local.set $23
            local.get $20
            local.get $22
            f32x4.pmax
            local.set $20
            local.get $35
            local.get $35
            local.get $17
            f32x4.relaxed_madd
            local.get $17
            local.get $35
            f32x4.add
            local.get $24
            select
           end
           local.set $17
           local.get $34
           local.get $34
           local.get $13
           f32x4.relaxed_madd
           local.get $13
           local.get $34
           f32x4.add
           local.get $24
           select
           local.set $13
           local.get $28
           if
            local.get $21
            local.get $34
            local.get $22
            f32x4.add
            f32x4.pmax
            local.set $21
            local.get $12
            local.get $34
            f32x4.pmax
            local.set $12
           end
           local.get $8
           i32.const 16
           i32.add
           local.set $8
           br $for-loop|5
          end
         end
         local.get $14
         local.get $13
         f64x2.promote_low_f32x4
         f64x2.add
         local.set $14
         local.get $15
         local.get $13
         local.get $13
         i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
         f64x2.promote_low_f32x4
         f64x2.add
         local.set $15
         local.get $19
         local.get $17
         f64x2.promote_low_f32x4
         f64x2.add
         local.set $19
         local.get $18
         local.get $17
         local.get $17
         i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
         f64x2.promote_low_f32x4
         f64x2.add
         local.set $18
         local.get $24
         i32.eqz
         if
          local.get $26
          local.get $23
          f64x2.promote_low_f32x4
          f64x2.add
          local.set $26
          local.get $11
          local.get $23
          local.get $23
          i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
          f64x2.promote_low_f32x4
          f64x2.add
          local.set $11
         end
         local.get $6
         i32.const 512
         i32.add
         local.set $6
         br $for-loop|4
        end
       end
       local.get $7
       local.get $27
       i32.const 6
       i32.shl
       i32.add
       local.tee $6
       local.get $6
       f64.load
       local.get $14
       local.get $15
       f64x2.add
       local.tee $13
       f64x2.extract_lane 0
       local.get $13
       f64x2.extract_lane 1
       f64.add
       f64.add
       f64.store
       local.get $24
       i32.eqz
       if
        local.get $6
        local.get $6
        f64.load offset=8
        local.get $26
        local.get $11
        f64x2.add
        local.tee $11
        f64x2.extract_lane 0
        local.get $11
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
       end
       local.get $6
       local.get $6
       f64.load offset=16
       local.get $19
       local.get $18
       f64x2.add
       local.tee $11
       f64x2.extract_lane 0
       local.get $11
       f64x2.extract_lane 1
       f64.add
       f64.add
       f64.store offset=16
       local.get $24
       i32.eqz
       if
        local.get $6
        local.get $6
        f64.load offset=24
        local.get $20
        f32x4.extract_lane 0
        local.get $20
        f32x4.extract_lane 1
        f32.max
        local.get $20
        f32x4.extract_lane 2
        local.get $20
        f32x4.extract_lane 3
        f32.max
        f32.max
        f64.promote_f32
        f64.max
        f64.store offset=24
       end
       local.get $28
       if
        local.get $6
        local.get $6
        f64.load offset=32
        local.get $12
        f32x4.extract_lane 0
        local.get $12
        f32x4.extract_lane 1
        f32.max
        local.get $12
        f32x4.extract_lane 2
        local.get $12
        f32x4.extract_lane 3
        f32.max
        f32.max
        f64.promote_f32
        f64.max
        f64.store offset=32
        local.get $6
        local.get $6
        f64.load offset=40
        local.get $21
        f32x4.extract_lane 0
        local.get $21
        f32x4.extract_lane 1
        f32.max
        local.get $21
        f32x4.extract_lane 2
        local.get $21
        f32x4.extract_lane 3
        f32.max
        f32.max
        f64.promote_f32
        f64.max
        f64.store offset=40
       end
       local.get $27
       i32.const 1
       i32.add
       local.set $27
       br $for-loop|3
      end
     end
     br $folding-inner3
    end
    local.get $6
    i32.const 2
    i32.shl
    local.set $9
    i32.const 1028
    v128.load32_splat
    local.set $29
    i32.const 1068
    v128.load32_splat
    local.set $30
    i32.const 1024
    v128.load32_splat
    local.tee $16
    local.set $25
    loop $for-loop|6
     local.get $5
     local.get $27
     i32.gt_s
     if
      local.get $27
      i32x4.splat
      local.set $31
      local.get $0
      local.get $1
      local.get $27
      i32.mul
      i32.add
      local.set $10
      local.get $2
      local.get $3
      local.get $27
      i32.mul
      i32.add
      local.set $32
      local.get $16
      local.tee $14
      local.tee $15
      local.set $26
      local.get $15
      local.tee $11
      local.tee $19
      local.tee $18
      local.tee $20
      local.tee $12
      local.set $21
      i32.const 0
      local.set $6
      loop $for-loop|7
       local.get $6
       local.get $9
       i32.lt_u
       if
        local.get $9
        local.get $6
        i32.const 512
        i32.add
        local.tee $8
        local.get $8
        local.get $9
        i32.gt_u
        select
        local.set $33
        local.get $16
        local.tee $13
        local.tee $23
        local.set $17
        local.get $6
        local.set $8
        loop $for-loop|8
         local.get $8
         local.get $33
         i32.lt_u
         if
          local.get $25
          local.get $8
          local.get $10
          i32.add
          v128.load
          local.tee $22
          i32x4.max_u
          local.set $25
          local.get $22
          local.get $4
          local.get $8
          i32.add
          v128.load
          local.tee $22
          local.get $16
          i32x4.ge_s
          v128.and
          local.set $34
          local.get $28
          if (result v128)
           local.get $22
           local.get $31
           i32x4.eq
           local.tee $35
           local.get $29
           v128.and
           local.set $22
           local.get $17
           local.get $34
           local.get $35
           v128.and
           f32x4.add
          else
           local.get $25
           local.get $8
           local.get $32
           i32.add
           v128.load
           local.tee $35
           i32x4.max_u
           local.set $25
           local.get $34
           local.get $35
           local.get $22
           local.get $16
           i32x4.ge_s
           v128.and
           local.tee $22
           f32x4.sub
           local.get $30
           v128.and
           local.set $35
           local.get $22
           local.get $22
           local.get $23
           f32x4.relaxed_madd
           local.get $23
           local.get $22
           f32x4.add
           local.get $24
           select
           local.set $23
           local.get $20
           local.get $22
           f32x4.pmax
           local.set $20
           local.get $35
           local.get $35
           local.get $17
           f32x4.relaxed_madd
           local.get $17
           local.get $35
           f32x4.add
           local.get $24
           select
          end
          local.set $17
          local.get $34
          local.get $34
          local.get $13
          f32x4.relaxed_madd
          local.get $13
          local.get $34
          f32x4.add
          local.get $24
          select
          local.set $13
          local.get $28
          if
           local.get $21
           local.get $34
           local.get $22
           f32x4.add
           f32x4.pmax
           local.set $21
           local.get $12
           local.get $34
           f32x4.pmax
           local.set $12
          end
          local.get $8
          i32.const 16
          i32.add
          local.set $8
          br $for-loop|8
         end
        end
        local.get $14
        local.get $13
        f64x2.promote_low_f32x4
        f64x2.add
        local.set $14
        local.get $15
        local.get $13
        local.get $13
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.set $15
        local.get $19
        local.get $17
        f64x2.promote_low_f32x4
        f64x2.add
        local.set $19
        local.get $18
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.set $18
        local.get $28
        i32.eqz
        if
         local.get $26
         local.get $23
         f64x2.promote_low_f32x4
         f64x2.add
         local.set $26
         local.get $11
         local.get $23
         local.get $23
         i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
         f64x2.promote_low_f32x4
         f64x2.add
         local.set $11
        end
        local.get $6
        i32.const 512
        i32.add
        local.set $6
        br $for-loop|7
       end
      end
      local.get $7
      local.get $27
      i32.const 6
      i32.shl
      i32.add
      local.tee $6
      local.get $6
      f64.load
      local.get $14
      local.get $15
      f64x2.add
      local.tee $13
      f64x2.extract_lane 0
      local.get $13
      f64x2.extract_lane 1
      f64.add
      f64.add
      f64.store
      local.get $28
      i32.eqz
      if
       local.get $6
       local.get $6
       f64.load offset=8
       local.get $26
       local.get $11
       f64x2.add
       local.tee $11
       f64x2.extract_lane 0
       local.get $11
       f64x2.extract_lane 1
       f64.add
       f64.add
       f64.store offset=8
      end
      local.get $6
      local.get $6
      f64.load offset=16
      local.get $19
      local.get $18
      f64x2.add
      local.tee $11
      f64x2.extract_lane 0
      local.get $11
      f64x2.extract_lane 1
      f64.add
      f64.add
      f64.store offset=16
      local.get $28
      i32.eqz
      if
       local.get $6
       local.get $6
       f64.load offset=24
       local.get $20
       f32x4.extract_lane 0
       local.get $20
       f32x4.extract_lane 1
       f32.max
       local.get $20
       f32x4.extract_lane 2
       local.get $20
       f32x4.extract_lane 3
       f32.max
       f32.max
       f64.promote_f32
       f64.max
       f64.store offset=24
      end
      local.get $28
      if
       local.get $6
       local.get $6
       f64.load offset=32
       local.get $12
       f32x4.extract_lane 0
       local.get $12
       f32x4.extract_lane 1
       f32.max
       local.get $12
       f32x4.extract_lane 2
       local.get $12
       f32x4.extract_lane 3
       f32.max
       f32.max
       f64.promote_f32
       f64.max
       f64.store offset=32
       local.get $6
       local.get $6
       f64.load offset=40
       local.get $21
       f32x4.extract_lane 0
       local.get $21
       f32x4.extract_lane 1
       f32.max
       local.get $21
       f32x4.extract_lane 2
       local.get $21
       f32x4.extract_lane 3
       f32.max
       f32.max
       f64.promote_f32
       f64.max
       f64.store offset=40
      end
      local.get $27
      i32.const 1
      i32.add
      local.set $27
      br $for-loop|6
     end
    end
    br $folding-inner3
   end
   local.get $6
   i32.const 2
   i32.shl
   local.set $9
   i32.const 1028
   v128.load32_splat
   local.set $29
   i32.const 1068
   v128.load32_splat
   local.set $30
   i32.const 1024
   v128.load32_splat
   local.tee $16
   local.set $25
   loop $for-loop|9
    local.get $5
    local.get $27
    i32.gt_s
    if
     local.get $27
     i32x4.splat
     local.set $31
     local.get $0
     local.get $1
     local.get $27
     i32.mul
     i32.add
     local.set $10
     local.get $2
     local.get $3
     local.get $27
     i32.mul
     i32.add
     local.set $32
     local.get $16
     local.tee $14
     local.tee $15
     local.set $26
     local.get $15
     local.tee $11
     local.tee $19
     local.tee $18
     local.tee $20
     local.tee $12
     local.set $21
     i32.const 0
     local.set $6
     loop $for-loop|10
      local.get $6
      local.get $9
      i32.lt_u
      if
       local.get $9
       local.get $6
       i32.const 512
       i32.add
       local.tee $8
       local.get $8
       local.get $9
       i32.gt_u
       select
       local.set $33
       local.get $16
       local.tee $13
       local.tee $23
       local.set $17
       local.get $6
       local.set $8
       loop $for-loop|11
        local.get $8
        local.get $33
        i32.lt_u
        if
         local.get $25
         local.get $8
         local.get $10
         i32.add
         v128.load
         local.tee $22
         i32x4.max_u
         local.set $25
         local.get $22
         local.get $4
         local.get $8
         i32.add
         v128.load
         local.tee $22
         local.get $16
         i32x4.ge_s
         v128.and
         local.set $34
         local.get $24
         if (result v128)
          local.get $22
          local.get $31
          i32x4.eq
          local.tee $35
          local.get $29
          v128.and
          local.set $22
          local.get $17
          local.get $34
          local.get $35
          v128.and
          f32x4.add
         else
          local.get $25
          local.get $8
          local.get $32
          i32.add
          v128.load
          local.tee $35
          i32x4.max_u
          local.set $25
          local.get $34
          local.get $35
          local.get $22
          local.get $16
          i32x4.ge_s
          v128.and
          local.tee $22
          f32x4.sub
          local.get $30
          v128.and
          local.set $35
          local.get $22
          local.get $22
          local.get $23
          f32x4.relaxed_madd
          local.get $23
          local.get $22
          f32x4.add
          local.get $28
          select
          local.set $23
          local.get $20
          local.get $22
          f32x4.pmax
          local.set $20
          local.get $35
          local.get $35
          local.get $17
          f32x4.relaxed_madd
          local.get $17
          local.get $35
          f32x4.add
          local.get $28
          select
         end
         local.set $17
         local.get $34
         local.get $34
         local.get $13
         f32x4.relaxed_madd
         local.get $13
         local.get $34
         f32x4.add
         local.get $28
         select
         local.set $13
         local.get $28
         if
          local.get $21
          local.get $34
          local.get $22
          f32x4.add
          f32x4.pmax
          local.set $21
          local.get $12
          local.get $34
          f32x4.pmax
          local.set $12
         end
         local.get $8
         i32.const 16
         i32.add
         local.set $8
         br $for-loop|11
        end
       end
       local.get $14
       local.get $13
       f64x2.promote_low_f32x4
       f64x2.add
       local.set $14
       local.get $15
       local.get $13
       local.get $13
       i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
       f64x2.promote_low_f32x4
       f64x2.add
       local.set $15
       local.get $19
       local.get $17
       f64x2.promote_low_f32x4
       f64x2.add
       local.set $19
       local.get $18
       local.get $17
       local.get $17
       i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
       f64x2.promote_low_f32x4
       f64x2.add
       local.set $18
       local.get $24
       i32.eqz
       if
        local.get $26
        local.get $23
        f64x2.promote_low_f32x4
        f64x2.add
        local.set $26
        local.get $11
        local.get $23
        local.get $23
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.set $11
       end
       local.get $6
       i32.const 512
       i32.add
       local.set $6
       br $for-loop|10
      end
     end
     local.get $7
     local.get $27
     i32.const 6
     i32.shl
     i32.add
     local.tee $6
     local.get $6
     f64.load
     local.get $14
     local.get $15
     f64x2.add
     local.tee $13
     f64x2.extract_lane 0
     local.get $13
     f64x2.extract_lane 1
     f64.add
     f64.add
     f64.store
     local.get $24
     i32.eqz
     if
      local.get $6
      local.get $6
      f64.load offset=8
      local.get $26
      local.get $11
      f64x2.add
      local.tee $11
      f64x2.extract_lane 0
      local.get $11
      f64x2.extract_lane 1
      f64.add
      f64.add
      f64.store offset=8
     end
     local.get $6
     local.get $6
     f64.load offset=16
     local.get $19
     local.get $18
     f64x2.add
     local.tee $11
     f64x2.extract_lane 0
     local.get $11
     f64x2.extract_lane 1
     f64.add
     f64.add
     f64.store offset=16
     local.get $24
     i32.eqz
     if
      local.get $6
      local.get $6
      f64.load offset=24
      local.get $20
      f32x4.extract_lane 0
      local.get $20
      f32x4.extract_lane 1
      f32.max
      local.get $20
      f32x4.extract_lane 2
      local.get $20
      f32x4.extract_lane 3
      f32.max
      f32.max
      f64.promote_f32
      f64.max
      f64.store offset=24
     end
     local.get $28
     if
      local.get $6
      local.get $6
      f64.load offset=32
      local.get $12
      f32x4.extract_lane 0
      local.get $12
      f32x4.extract_lane 1
      f32.max
      local.get $12
      f32x4.extract_lane 2
      local.get $12
      f32x4.extract_lane 3
      f32.max
      f32.max
      f64.promote_f32
      f64.max
      f64.store offset=32
      local.get $6
      local.get $6
      f64.load offset=40
      local.get $21
      f32x4.extract_lane 0
      local.get $21
      f32x4.extract_lane 1
      f32.max
      local.get $21
      f32x4.extract_lane 2
      local.get $21
      f32x4.extract_lane 3
      f32.max
      f32.max
      f64.promote_f32
      f64.max
      f64.store offset=40
     end
     local.get $27
     i32.const 1
     i32.add
     local.set $27
     br $for-loop|9
    end
   end
  end
  local.get $25
  i32x4.extract_lane 0
  local.tee $0
  local.get $25
  i32x4.extract_lane 1
  local.tee $1
  local.get $0
  local.get $1
  i32.gt_u
  select
  local.tee $0
  local.get $25
  i32x4.extract_lane 2
  local.tee $1
  local.get $25
  i32x4.extract_lane 3
  local.tee $2
  local.get $1
  local.get $2
  i32.gt_u
  select
  local.tee $1
  local.get $0
  local.get $1
  i32.gt_u
  select
 )
 (func $wasm/assembly/index/heapBase (result i32)
  i32.const 1076
 )
)
