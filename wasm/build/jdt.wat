(module
 (type $0 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 f32 f32 i32) (result i32)))
 (type $1 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $2 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 f32 f32 i32)))
 (type $3 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 f32 f32 f32 f32 i32)))
 (type $4 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $5 (func (param i32 i32 i32 i32 i32)))
 (type $6 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 v128 v128 v128 v128)))
 (type $7 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $8 (func (param i32) (result i32)))
 (type $9 (func (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $10 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $11 (func (result i32)))
 (type $12 (func (param i32 i32 i32 i32 i32 i32) (result i32)))
 (type $13 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 f32 f32 i32 i32 i32 i32) (result i32)))
 (type $14 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 f32 f32 i32 i32 i32) (result i32)))
 (type $15 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 f32 f32 i32 f32 f32 i32)))
 (type $16 (func (param i32 i32 i32)))
 (import "env" "memory" (memory $0 1 65536 shared))
 (data $0 (i32.const 1024) "\00\00\00\00\00\00\80?\00\00\80\ff\00\00\fa\c2\00\00@K\15r1?\de\fcu>\a9[c=Hu\1e<\12\dd\ad:")
 (data $1 (i32.const 1064) "\ff\ff\ff\ff\ff\ff\ff\7f\00\00\00\80")
 (data $2 (i32.const 1088) "\00\00\00\00\01\00\00\00\02\00\00\00\03\00\00\00")
 (data $3 (i32.const 1104) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\01\02\03\00\00\00\00\00\00\00\00\00\00\00\00\04\05\06\07\00\00\00\00\00\00\00\00\00\00\00\00\00\01\02\03\04\05\06\07\00\00\00\00\00\00\00\00\08\t\n\0b\00\00\00\00\00\00\00\00\00\00\00\00\00\01\02\03\08\t\n\0b\00\00\00\00\00\00\00\00\04\05\06\07\08\t\n\0b\00\00\00\00\00\00\00\00\00\01\02\03\04\05\06\07\08\t\n\0b\00\00\00\00\0c\r\0e\0f\00\00\00\00\00\00\00\00\00\00\00\00\00\01\02\03\0c\r\0e\0f\00\00\00\00\00\00\00\00\04\05\06\07\0c\r\0e\0f\00\00\00\00\00\00\00\00\00\01\02\03\04\05\06\07\0c\r\0e\0f\00\00\00\00\08\t\n\0b\0c\r\0e\0f\00\00\00\00\00\00\00\00\00\01\02\03\08\t\n\0b\0c\r\0e\0f\00\00\00\00\04\05\06\07\08\t\n\0b\0c\r\0e\0f\00\00\00\00\00\01\02\03\04\05\06\07\08\t\n\0b\0c\r\0e\0f")
 (export "heapBase" (func $wasm/assembly/metrics/metrics_base))
 (export "lossStats" (func $wasm/assembly/loss/lossStats))
 (export "lossGrad" (func $wasm/assembly/loss/lossGrad))
 (export "exp2Batch" (func $wasm/assembly/loss/exp2Batch))
 (export "planarFromInterleaved" (func $wasm/assembly/loss/planarFromInterleaved))
 (export "interleavedFromPlanar" (func $wasm/assembly/loss/interleavedFromPlanar))
 (export "metrics_base" (func $wasm/assembly/metrics/metrics_base))
 (export "metrics_reserve" (func $wasm/assembly/metrics/metrics_reserve))
 (export "metrics_count_image" (func $wasm/assembly/metrics/metrics_count_image))
 (export "metrics_sce_class" (func $wasm/assembly/metrics/metrics_sce_class))
 (export "metrics_count_pred_u8" (func $wasm/assembly/metrics/metrics_count_pred_u8))
 (export "memory" (memory $0))
 (func $wasm/assembly/metrics/sceFinish (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 v128) (param $10 v128) (param $11 v128) (param $12 v128)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 f64)
  (local $17 i64)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  local.get $4
  i32.const 24
  i32.mul
  local.set $14
  local.get $0
  local.get $3
  local.get $8
  i32.mul
  i32.const 2
  i32.shl
  i32.add
  local.set $19
  loop $for-loop|0
   local.get $13
   local.get $14
   i32.const 2
   i32.shl
   i32.lt_u
   if
    local.get $7
    local.get $13
    i32.add
    local.tee $0
    i64.load
    local.set $17
    local.get $0
    local.get $17
    i32.wrap_i64
    f64.convert_i32_u
    f64.store
    local.get $0
    local.get $17
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    f64.convert_i32_u
    f64.store offset=8
    local.get $13
    i32.const 24
    i32.add
    local.set $13
    br $for-loop|0
   end
  end
  local.get $7
  local.get $9
  i32x4.extract_lane 0
  f64.convert_i32_s
  f64.store
  local.get $7
  local.get $10
  i32x4.extract_lane 0
  f64.convert_i32_s
  f64.store offset=8
  local.get $7
  local.get $11
  f64x2.extract_lane 0
  f64.store offset=16
  local.get $7
  local.get $14
  i32.add
  local.tee $0
  local.get $9
  i32x4.extract_lane 1
  f64.convert_i32_s
  f64.store
  local.get $0
  local.get $10
  i32x4.extract_lane 1
  f64.convert_i32_s
  f64.store offset=8
  local.get $0
  local.get $11
  f64x2.extract_lane 1
  f64.store offset=16
  local.get $7
  local.get $14
  i32.const 1
  i32.shl
  i32.add
  local.tee $0
  local.get $9
  i32x4.extract_lane 2
  f64.convert_i32_s
  f64.store
  local.get $0
  local.get $10
  i32x4.extract_lane 2
  f64.convert_i32_s
  f64.store offset=8
  local.get $0
  local.get $12
  f64x2.extract_lane 0
  f64.store offset=16
  local.get $7
  local.get $14
  i32.const 3
  i32.mul
  i32.add
  local.tee $0
  local.get $9
  i32x4.extract_lane 3
  f64.convert_i32_s
  f64.store
  local.get $0
  local.get $10
  i32x4.extract_lane 3
  f64.convert_i32_s
  f64.store offset=8
  local.get $0
  local.get $12
  f64x2.extract_lane 1
  f64.store offset=16
  local.get $3
  i32.const -4
  i32.and
  local.set $13
  loop $for-loop|1
   local.get $3
   local.get $13
   i32.gt_s
   if
    local.get $13
    i32.const 2
    i32.shl
    local.tee $18
    local.get $1
    i32.add
    i32.load
    local.tee $20
    i32.const 0
    i32.ge_s
    if
     local.get $18
     local.get $19
     i32.add
     f32.load
     f64.promote_f32
     local.tee $16
     local.get $4
     f64.convert_i32_s
     f64.mul
     f64.floor
     i32.trunc_sat_f64_s
     local.tee $21
     local.get $4
     i32.const 1
     i32.sub
     local.tee $0
     i32.le_s
     if
      local.get $21
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
       local.get $16
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
       local.get $16
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
     local.get $13
     i32.const 3
     i32.and
     local.get $14
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
     local.get $20
     i32.eq
     if (result i32)
      local.get $2
      local.get $18
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
     local.get $16
     f64.add
     f64.store
    end
    local.get $13
    i32.const 1
    i32.add
    local.set $13
    br $for-loop|1
   end
  end
  local.get $6
  local.get $8
  local.get $14
  i32.mul
  i32.add
  local.set $0
  loop $for-loop|4
   local.get $14
   local.get $15
   i32.gt_u
   if
    local.get $0
    local.get $15
    i32.add
    local.get $7
    local.get $15
    i32.add
    local.tee $1
    f64.load
    local.get $1
    local.get $14
    i32.add
    f64.load
    f64.add
    local.get $1
    local.get $14
    i32.const 1
    i32.shl
    i32.add
    f64.load
    f64.add
    local.get $1
    local.get $14
    i32.const 3
    i32.mul
    i32.add
    f64.load
    f64.add
    f64.store
    local.get $15
    i32.const 8
    i32.add
    local.set $15
    br $for-loop|4
   end
  end
 )
 (func $wasm/assembly/metrics/metrics_sce_class (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 v128)
  (local $15 i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 i32)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  local.get $0
  local.get $3
  local.get $8
  i32.mul
  i32.const 2
  i32.shl
  i32.add
  local.set $27
  local.get $7
  local.get $4
  i32.const 24
  i32.mul
  local.tee $11
  i32.const 2
  i32.shl
  local.tee $9
  i32.add
  local.tee $19
  i32.const 4112
  i32.add
  local.set $20
  local.get $7
  i32.const 0
  local.get $9
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
  local.set $28
  local.get $8
  i32x4.splat
  local.set $21
  local.get $4
  f32.convert_i32_s
  f32x4.splat
  local.set $17
  local.get $4
  i32.const 1
  i32.sub
  i32x4.splat
  local.set $22
  local.get $7
  i32x4.splat
  v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
  local.get $11
  i32x4.splat
  i32x4.mul
  i32x4.add
  local.set $29
  local.get $3
  i32.const -4
  i32.and
  local.set $18
  loop $for-loop|0
   local.get $10
   local.get $18
   i32.lt_s
   if
    i32.const 0
    local.set $15
    local.get $10
    local.tee $9
    i32.const 1024
    i32.add
    local.tee $11
    local.get $18
    local.get $11
    local.get $18
    i32.lt_s
    select
    local.set $12
    loop $for-loop|1
     local.get $9
     local.get $12
     i32.lt_s
     if
      local.get $27
      local.get $9
      i32.const 2
      i32.shl
      local.tee $11
      i32.add
      v128.load
      local.set $14
      local.get $23
      local.get $1
      local.get $11
      i32.add
      v128.load
      local.tee $13
      v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
      i32x4.gt_s
      local.tee $30
      local.get $14
      local.get $28
      f32x4.lt
      v128.and
      local.tee $16
      i32x4.sub
      local.set $23
      local.get $24
      local.get $16
      local.get $13
      local.get $21
      i32x4.eq
      local.get $2
      local.get $11
      i32.add
      v128.load
      local.get $21
      i32x4.eq
      v128.and
      local.tee $31
      v128.and
      i32x4.sub
      local.set $24
      local.get $25
      local.get $14
      f64x2.promote_low_f32x4
      local.get $16
      i64x2.extend_low_i32x4_s
      v128.and
      f64x2.add
      local.set $25
      local.get $26
      local.get $14
      local.get $14
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.promote_low_f32x4
      local.get $16
      i64x2.extend_high_i32x4_s
      v128.and
      f64x2.add
      local.set $26
      local.get $15
      local.get $19
      i32.add
      local.get $29
      local.get $14
      local.get $17
      f32x4.mul
      i32x4.trunc_sat_f32x4_s
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i32x4.max_s
      local.get $22
      i32x4.min_s
      local.tee $13
      local.get $13
      local.get $22
      i32x4.lt_s
      local.get $14
      local.get $13
      v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
      i32x4.add
      f32x4.convert_i32x4_s
      local.get $17
      f32x4.div
      f32x4.ge
      v128.and
      i32x4.sub
      local.tee $13
      local.get $13
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i32x4.gt_s
      local.get $14
      local.get $13
      f32x4.convert_i32x4_s
      local.get $17
      f32x4.div
      f32x4.lt
      v128.and
      i32x4.add
      v128.const i32x4 0x00000018 0x00000018 0x00000018 0x00000018
      i32x4.mul
      i32x4.add
      local.get $31
      v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
      v128.and
      v128.or
      local.get $30
      local.get $16
      v128.andnot
      i32x4.bitmask
      local.tee $11
      i32.const 4
      i32.shl
      i32.const 1104
      i32.add
      v128.load
      local.tee $13
      i8x16.swizzle
      v128.store
      local.get $15
      local.get $20
      i32.add
      local.get $14
      local.get $13
      i8x16.swizzle
      v128.store
      local.get $15
      local.get $11
      i32.popcnt
      i32.const 2
      i32.shl
      i32.add
      local.set $15
      local.get $9
      i32.const 4
      i32.add
      local.set $9
      br $for-loop|1
     end
    end
    i32.const 0
    local.set $9
    loop $for-loop|2
     local.get $9
     local.get $15
     i32.lt_u
     if
      local.get $9
      local.get $19
      i32.add
      i32.load
      local.tee $12
      i32.const -8
      i32.and
      local.tee $11
      local.get $11
      i64.load
      i64.const 1
      i64.add
      local.get $12
      i32.const 1
      i32.and
      i64.extend_i32_u
      i64.const 32
      i64.shl
      i64.add
      i64.store
      local.get $11
      local.get $11
      f64.load offset=16
      local.get $9
      local.get $20
      i32.add
      f32.load
      f64.promote_f32
      f64.add
      f64.store offset=16
      local.get $9
      i32.const 4
      i32.add
      local.set $9
      br $for-loop|2
     end
    end
    local.get $10
    i32.const 1024
    i32.add
    local.set $10
    br $for-loop|0
   end
  end
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  local.get $4
  local.get $5
  local.get $6
  local.get $7
  local.get $8
  local.get $23
  local.get $24
  local.get $25
  local.get $26
  call $wasm/assembly/metrics/sceFinish
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
 (func $wasm/assembly/metrics/metrics_count_pred_u8 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (result i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  local.get $3
  i32.const 1
  i32.add
  local.set $10
  loop $for-loop|0
   local.get $8
   i32.const 256
   i32.lt_s
   if
    local.get $8
    i32.const 2
    i32.shl
    local.tee $15
    local.get $5
    i32.add
    local.get $3
    local.get $8
    local.get $3
    i32.const 1
    i32.add
    local.get $3
    local.get $8
    i32.gt_s
    local.tee $16
    select
    local.get $4
    local.get $8
    i32.eq
    select
    local.get $10
    i32.mul
    i32.store
    local.get $5
    i32.const 1024
    i32.add
    local.get $15
    i32.add
    local.get $8
    local.get $3
    local.get $16
    select
    i32.store
    local.get $8
    i32.const 1
    i32.add
    local.set $8
    br $for-loop|0
   end
  end
  local.get $6
  i32.const 0
  local.get $3
  i32.const 2
  i32.add
  local.get $10
  i32.mul
  i32.const 2
  i32.shl
  local.tee $15
  i32.const 2
  i32.shl
  memory.fill
  local.get $2
  i32.const -4
  i32.and
  local.set $8
  loop $for-loop|1
   local.get $8
   local.get $9
   i32.gt_s
   if
    local.get $6
    local.get $5
    local.get $1
    local.get $9
    i32.add
    i32.load
    local.tee $16
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.get $5
    i32.const 1024
    i32.add
    local.tee $17
    local.get $0
    local.get $9
    i32.add
    i32.load
    local.tee $18
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.add
    i32.load
    i32.add
    i32.const 2
    i32.shl
    i32.add
    local.tee $19
    local.get $19
    i32.load
    i32.const 1
    i32.add
    i32.store
    local.get $6
    local.get $15
    i32.add
    local.get $5
    local.get $16
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.get $17
    local.get $18
    i32.const 8
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.add
    i32.load
    i32.add
    i32.const 2
    i32.shl
    i32.add
    local.tee $19
    local.get $19
    i32.load
    i32.const 1
    i32.add
    i32.store
    local.get $6
    local.get $15
    i32.const 1
    i32.shl
    i32.add
    local.get $5
    local.get $16
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.get $17
    local.get $18
    i32.const 16
    i32.shr_u
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.add
    i32.load
    i32.add
    i32.const 2
    i32.shl
    i32.add
    local.tee $19
    local.get $19
    i32.load
    i32.const 1
    i32.add
    i32.store
    local.get $6
    local.get $15
    i32.const 3
    i32.mul
    i32.add
    local.get $5
    local.get $16
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.get $17
    local.get $18
    i32.const 24
    i32.shr_u
    i32.const 2
    i32.shl
    i32.add
    i32.load
    i32.add
    i32.const 2
    i32.shl
    i32.add
    local.tee $16
    local.get $16
    i32.load
    i32.const 1
    i32.add
    i32.store
    local.get $9
    i32.const 4
    i32.add
    local.set $9
    br $for-loop|1
   end
  end
  loop $for-loop|2
   local.get $2
   local.get $8
   i32.gt_s
   if
    local.get $6
    local.get $5
    local.get $1
    local.get $8
    i32.add
    i32.load8_u
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.get $5
    i32.const 1024
    i32.add
    local.get $0
    local.get $8
    i32.add
    i32.load8_u
    i32.const 2
    i32.shl
    i32.add
    i32.load
    i32.add
    i32.const 2
    i32.shl
    i32.add
    local.tee $9
    local.get $9
    i32.load
    i32.const 1
    i32.add
    i32.store
    local.get $8
    i32.const 1
    i32.add
    local.set $8
    br $for-loop|2
   end
  end
  loop $for-loop|3
   local.get $12
   local.get $15
   i32.lt_u
   if
    local.get $6
    local.get $12
    i32.add
    local.tee $5
    local.get $5
    local.get $15
    i32.const 3
    i32.mul
    i32.add
    i32.load
    local.get $5
    local.get $15
    i32.const 1
    i32.shl
    i32.add
    i32.load
    local.get $5
    i32.load
    local.get $5
    local.get $15
    i32.add
    i32.load
    i32.add
    i32.add
    i32.add
    i32.store
    local.get $12
    i32.const 4
    i32.add
    local.set $12
    br $for-loop|3
   end
  end
  loop $for-loop|4
   local.get $10
   local.get $13
   i32.gt_s
   if
    local.get $11
    local.get $6
    local.get $3
    i32.const 1
    i32.add
    local.get $10
    i32.mul
    local.get $13
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    i32.or
    local.set $11
    local.get $13
    i32.const 1
    i32.add
    local.set $13
    br $for-loop|4
   end
  end
  loop $for-loop|5
   local.get $3
   local.get $14
   i32.gt_s
   if
    local.get $11
    local.get $6
    local.get $10
    local.get $14
    i32.mul
    local.get $3
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    i32.or
    local.set $11
    local.get $14
    i32.const 1
    i32.add
    local.set $14
    br $for-loop|5
   end
  end
  local.get $11
  if
   local.get $0
   local.set $5
   block $__inlined_func$wasm/assembly/metrics/firstBadPred$3
    loop $for-loop|00
     local.get $2
     local.get $7
     i32.gt_s
     if
      local.get $1
      local.get $7
      i32.add
      i32.load8_u
      local.tee $6
      local.get $4
      i32.ne
      if
       local.get $7
       local.set $0
       local.get $3
       local.get $6
       i32.le_s
       if (result i32)
        i32.const 1
       else
        local.get $5
        local.get $7
        i32.add
        i32.load8_u
        local.get $3
        i32.ge_s
       end
       br_if $__inlined_func$wasm/assembly/metrics/firstBadPred$3
      end
      local.get $7
      i32.const 1
      i32.add
      local.set $7
      br $for-loop|00
     end
    end
    i32.const -1
    local.set $0
   end
  else
   i32.const -1
   local.set $0
  end
  local.get $0
 )
 (func $wasm/assembly/metrics/metrics_count_image (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (result i32)
  (local $11 i32)
  (local $12 f64)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
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
  i32.eqz
  if
   loop $for-loop|0
    local.get $3
    local.get $11
    i32.gt_s
    if
     local.get $11
     i32.const 2
     i32.shl
     local.tee $0
     local.get $1
     i32.add
     i32.load
     local.tee $4
     i32.const 0
     i32.ge_s
     if
      local.get $8
      local.get $0
      local.get $7
      i32.add
      i32.load
      local.tee $0
      local.get $2
      i32.add
      i32.const 3
      i32.shl
      i32.add
      local.tee $5
      local.get $5
      f64.load
      f64.const 1
      f64.add
      f64.store
      local.get $8
      local.get $2
      i32.const 1
      i32.shl
      local.get $4
      i32.add
      i32.const 3
      i32.shl
      i32.add
      local.tee $5
      local.get $5
      f64.load
      f64.const 1
      f64.add
      f64.store
      local.get $8
      local.get $4
      i32.const 3
      i32.shl
      i32.add
      local.tee $5
      local.get $5
      f64.load
      f64.const 1
      f64.const 0
      local.get $0
      local.get $4
      i32.eq
      select
      f64.add
      f64.store
     end
     local.get $11
     i32.const 1
     i32.add
     local.set $11
     br $for-loop|0
    end
   end
   i32.const -1
   return
  end
  local.get $4
  f32.convert_i32_s
  f32x4.splat
  local.set $13
  local.get $4
  i32.const 1
  i32.sub
  i32x4.splat
  local.set $14
  local.get $3
  i32.const -4
  i32.and
  local.set $10
  loop $for-loop|1
   local.get $10
   local.get $11
   i32.gt_s
   if
    local.get $6
    local.get $11
    i32.const 2
    i32.shl
    local.tee $0
    i32.add
    v128.load
    local.tee $15
    local.get $13
    f32x4.mul
    i32x4.trunc_sat_f32x4_s
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    i32x4.max_s
    local.get $14
    i32x4.min_s
    local.tee $16
    local.get $16
    local.get $14
    i32x4.lt_s
    local.get $15
    local.get $16
    v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
    i32x4.add
    f32x4.convert_i32x4_s
    local.get $13
    f32x4.div
    f32x4.ge
    v128.and
    i32x4.sub
    local.tee $16
    local.get $16
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    i32x4.gt_s
    local.get $15
    local.get $16
    f32x4.convert_i32x4_s
    local.get $13
    f32x4.div
    f32x4.lt
    v128.and
    i32x4.add
    local.tee $15
    i32x4.extract_lane 0
    local.set $17
    block $wasm/assembly/metrics/countPixel|inlined.1
     local.get $0
     local.get $1
     i32.add
     i32.load
     local.tee $18
     i32.const 0
     i32.lt_s
     br_if $wasm/assembly/metrics/countPixel|inlined.1
     local.get $8
     local.get $0
     local.get $7
     i32.add
     i32.load
     local.tee $19
     local.get $2
     i32.add
     i32.const 3
     i32.shl
     i32.add
     local.tee $20
     local.get $20
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $8
     local.get $2
     i32.const 1
     i32.shl
     local.get $18
     i32.add
     i32.const 3
     i32.shl
     i32.add
     local.tee $20
     local.get $20
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $8
     local.get $18
     i32.const 3
     i32.shl
     i32.add
     local.tee $20
     local.get $20
     f64.load
     f64.const 1
     f64.const 0
     local.get $18
     local.get $19
     i32.eq
     select
     local.tee $12
     f64.add
     f64.store
     local.get $17
     i32.const 0
     i32.lt_s
     br_if $wasm/assembly/metrics/countPixel|inlined.1
     local.get $9
     local.get $17
     i32.const 24
     i32.mul
     i32.add
     local.tee $17
     local.get $17
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $17
     i32.const 8
     i32.add
     local.get $17
     f64.load offset=8
     local.get $12
     f64.add
     f64.store
     local.get $17
     i32.const 16
     i32.add
     local.get $17
     f64.load offset=16
     local.get $0
     local.get $6
     i32.add
     f32.load
     f64.promote_f32
     f64.add
     f64.store
    end
    local.get $15
    i32x4.extract_lane 1
    local.set $0
    block $wasm/assembly/metrics/countPixel|inlined.2
     local.get $11
     i32.const 1
     i32.add
     i32.const 2
     i32.shl
     local.tee $17
     local.get $1
     i32.add
     i32.load
     local.tee $18
     i32.const 0
     i32.lt_s
     br_if $wasm/assembly/metrics/countPixel|inlined.2
     local.get $8
     local.get $7
     local.get $17
     i32.add
     i32.load
     local.tee $19
     local.get $2
     i32.add
     i32.const 3
     i32.shl
     i32.add
     local.tee $20
     local.get $20
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $8
     local.get $2
     i32.const 1
     i32.shl
     local.get $18
     i32.add
     i32.const 3
     i32.shl
     i32.add
     local.tee $20
     local.get $20
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $8
     local.get $18
     i32.const 3
     i32.shl
     i32.add
     local.tee $20
     local.get $20
     f64.load
     f64.const 1
     f64.const 0
     local.get $18
     local.get $19
     i32.eq
     select
     local.tee $12
     f64.add
     f64.store
     local.get $0
     i32.const 0
     i32.lt_s
     br_if $wasm/assembly/metrics/countPixel|inlined.2
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
     local.get $12
     f64.add
     f64.store
     local.get $0
     i32.const 16
     i32.add
     local.get $0
     f64.load offset=16
     local.get $6
     local.get $17
     i32.add
     f32.load
     f64.promote_f32
     f64.add
     f64.store
    end
    local.get $15
    i32x4.extract_lane 2
    local.set $0
    block $wasm/assembly/metrics/countPixel|inlined.3
     local.get $11
     i32.const 2
     i32.add
     i32.const 2
     i32.shl
     local.tee $17
     local.get $1
     i32.add
     i32.load
     local.tee $18
     i32.const 0
     i32.lt_s
     br_if $wasm/assembly/metrics/countPixel|inlined.3
     local.get $8
     local.get $7
     local.get $17
     i32.add
     i32.load
     local.tee $19
     local.get $2
     i32.add
     i32.const 3
     i32.shl
     i32.add
     local.tee $20
     local.get $20
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $8
     local.get $2
     i32.const 1
     i32.shl
     local.get $18
     i32.add
     i32.const 3
     i32.shl
     i32.add
     local.tee $20
     local.get $20
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $8
     local.get $18
     i32.const 3
     i32.shl
     i32.add
     local.tee $20
     local.get $20
     f64.load
     f64.const 1
     f64.const 0
     local.get $18
     local.get $19
     i32.eq
     select
     local.tee $12
     f64.add
     f64.store
     local.get $0
     i32.const 0
     i32.lt_s
     br_if $wasm/assembly/metrics/countPixel|inlined.3
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
     local.get $12
     f64.add
     f64.store
     local.get $0
     i32.const 16
     i32.add
     local.get $0
     f64.load offset=16
     local.get $6
     local.get $17
     i32.add
     f32.load
     f64.promote_f32
     f64.add
     f64.store
    end
    local.get $15
    i32x4.extract_lane 3
    local.set $0
    block $wasm/assembly/metrics/countPixel|inlined.4
     local.get $11
     i32.const 3
     i32.add
     i32.const 2
     i32.shl
     local.tee $17
     local.get $1
     i32.add
     i32.load
     local.tee $18
     i32.const 0
     i32.lt_s
     br_if $wasm/assembly/metrics/countPixel|inlined.4
     local.get $8
     local.get $7
     local.get $17
     i32.add
     i32.load
     local.tee $19
     local.get $2
     i32.add
     i32.const 3
     i32.shl
     i32.add
     local.tee $20
     local.get $20
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $8
     local.get $2
     i32.const 1
     i32.shl
     local.get $18
     i32.add
     i32.const 3
     i32.shl
     i32.add
     local.tee $20
     local.get $20
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $8
     local.get $18
     i32.const 3
     i32.shl
     i32.add
     local.tee $20
     local.get $20
     f64.load
     f64.const 1
     f64.const 0
     local.get $18
     local.get $19
     i32.eq
     select
     local.tee $12
     f64.add
     f64.store
     local.get $0
     i32.const 0
     i32.lt_s
     br_if $wasm/assembly/metrics/countPixel|inlined.4
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
     local.get $12
     f64.add
     f64.store
     local.get $0
     i32.const 16
     i32.add
     local.get $0
     f64.load offset=16
     local.get $6
     local.get $17
     i32.add
     f32.load
     f64.promote_f32
     f64.add
     f64.store
    end
    local.get $11
    i32.const 4
    i32.add
    local.set $11
    br $for-loop|1
   end
  end
  loop $for-loop|2
   local.get $3
   local.get $10
   i32.gt_s
   if
    local.get $6
    local.get $10
    i32.const 2
    i32.shl
    i32.add
    f32.load
    f64.promote_f32
    local.tee $12
    local.get $4
    f64.convert_i32_s
    f64.mul
    f64.floor
    i32.trunc_sat_f64_s
    local.tee $11
    local.get $4
    i32.const 1
    i32.sub
    local.tee $0
    i32.le_s
    if
     local.get $11
     local.set $0
    end
    local.get $0
    i32.const 0
    i32.lt_s
    if
     i32.const 0
     local.set $0
    end
    loop $while-continue|3
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
      br $while-continue|3
     end
    end
    loop $while-continue|4
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
      br $while-continue|4
     end
    end
    block $wasm/assembly/metrics/countPixel|inlined.5
     local.get $10
     i32.const 2
     i32.shl
     local.tee $11
     local.get $1
     i32.add
     i32.load
     local.tee $17
     i32.const 0
     i32.lt_s
     br_if $wasm/assembly/metrics/countPixel|inlined.5
     local.get $8
     local.get $7
     local.get $11
     i32.add
     i32.load
     local.tee $18
     local.get $2
     i32.add
     i32.const 3
     i32.shl
     i32.add
     local.tee $19
     local.get $19
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $8
     local.get $2
     i32.const 1
     i32.shl
     local.get $17
     i32.add
     i32.const 3
     i32.shl
     i32.add
     local.tee $19
     local.get $19
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $8
     local.get $17
     i32.const 3
     i32.shl
     i32.add
     local.tee $19
     local.get $19
     f64.load
     f64.const 1
     f64.const 0
     local.get $17
     local.get $18
     i32.eq
     select
     local.tee $12
     f64.add
     f64.store
     local.get $0
     i32.const 0
     i32.lt_s
     br_if $wasm/assembly/metrics/countPixel|inlined.5
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
     local.get $12
     f64.add
     f64.store
     local.get $0
     i32.const 16
     i32.add
     local.get $0
     f64.load offset=16
     local.get $6
     local.get $11
     i32.add
     f32.load
     f64.promote_f32
     f64.add
     f64.store
    end
    local.get $10
    i32.const 1
    i32.add
    local.set $10
    br $for-loop|2
   end
  end
  i32.const -1
 )
 (func $wasm/assembly/metrics/metrics_base (result i32)
  i32.const 1360
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
 (func $wasm/assembly/loss/statsSoftmaxSoftN2Max (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (result i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 v128)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 v128)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 i32)
  (local $42 i32)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  local.get $0
  local.set $23
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $35
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $36
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $21
  local.set $32
  local.get $11
  i32.const 2
  i32.shl
  local.set $34
  block $wasm/assembly/loss/statsChunk|inlined.4 (result i32)
   loop $for-loop|0
    local.get $30
    local.get $34
    i32.lt_u
    if
     local.get $30
     i32.const 2
     i32.shr_u
     local.set $11
     i32.const 256
     local.get $34
     local.get $30
     i32.sub
     local.tee $0
     local.get $0
     i32.const 256
     i32.gt_u
     select
     local.set $33
     i32.const 0
     local.set $0
     loop $for-loop|1
      local.get $0
      local.get $33
      i32.lt_u
      if
       local.get $11
       local.get $0
       i32.const 2
       i32.shr_u
       i32.add
       local.set $26
       i32.const 1024
       v128.load32_splat
       local.set $18
       i32.const 1064
       v128.load32_splat
       local.set $19
       local.get $7
       if
        local.get $7
        local.get $26
        i32.add
        v128.load
        local.get $18
        i8x16.eq
        v128.not
        local.set $19
       end
       local.get $19
       i16x8.extend_low_i8x16_s
       local.set $24
       local.get $19
       i16x8.extend_high_i8x16_s
       local.set $37
       local.get $18
       local.tee $22
       local.set $25
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $26
        i32.add
        v128.load
        local.tee $19
        i16x8.extend_low_i8x16_u
        local.tee $20
        i32x4.extend_low_i16x8_u
        local.set $18
        local.get $20
        i32x4.extend_high_i16x8_u
        local.set $22
        local.get $19
        i16x8.extend_high_i8x16_u
        local.tee $19
        i32x4.extend_low_i16x8_u
        local.set $25
        local.get $19
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $26
         i32.const 1
         i32.shl
         i32.add
         local.tee $27
         v128.load
         local.tee $19
         i32x4.extend_low_i16x8_u
         local.set $18
         local.get $19
         i32x4.extend_high_i16x8_u
         local.set $22
         local.get $27
         v128.load offset=16
         local.tee $19
         i32x4.extend_low_i16x8_u
         local.set $25
         local.get $19
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $26
          i32.const 2
          i32.shl
          i32.add
          local.tee $27
          v128.load
          local.set $18
          local.get $27
          v128.load offset=16
          local.set $22
          local.get $27
          v128.load offset=32
          local.set $25
          local.get $27
          v128.load offset=48
         else
          local.get $18
         end
        end
       end
       local.set $38
       local.get $24
       i32x4.extend_low_i16x8_s
       local.get $26
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $39
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $0
       local.get $35
       i32.add
       local.tee $27
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $28
       if
        local.get $39
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $39
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $19
        local.get $20
        local.get $39
        local.get $18
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $20
       v128.bitselect
       v128.store
       local.get $27
       local.get $20
       v128.store offset=256
       local.get $24
       i32x4.extend_high_i16x8_s
       local.get $26
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $24
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $20
       local.get $27
       local.get $22
       i32.const 1064
       v128.load32_splat
       local.get $28
       if
        local.get $24
        local.get $22
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $24
        local.get $22
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $20
        local.get $14
        select
        local.tee $22
        v128.or
        v128.andnot
        local.set $20
        local.get $18
        local.get $24
        local.get $22
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=16
       local.get $27
       local.get $18
       v128.store offset=272
       local.get $19
       local.get $20
       v128.or
       local.set $22
       local.get $37
       i32x4.extend_low_i16x8_s
       local.get $26
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $28
       if
        local.get $20
        local.get $25
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $25
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $24
        v128.or
        v128.andnot
        local.set $19
        local.get $18
        local.get $20
        local.get $24
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $27
       local.get $25
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=32
       local.get $27
       local.get $18
       v128.store offset=288
       local.get $37
       i32x4.extend_high_i16x8_s
       local.get $26
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $24
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $18
       local.get $28
       if
        local.get $24
        local.get $38
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $24
        local.get $38
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $18
        local.get $14
        select
        local.tee $25
        v128.or
        v128.andnot
        local.set $18
        local.get $20
        local.get $24
        local.get $25
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $27
       local.get $38
       i32.const 1064
       v128.load32_splat
       local.get $20
       v128.bitselect
       v128.store offset=48
       local.get $27
       local.get $20
       v128.store offset=304
       i32.const 0
       local.get $22
       local.get $19
       local.get $18
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.4
       drop
       local.get $0
       i32.const -64
       i32.sub
       local.set $0
       br $for-loop|1
      end
     end
     local.get $21
     local.set $20
     i32.const 1024
     v128.load32_splat
     local.set $21
     i32.const 1032
     v128.load32_splat
     local.set $24
     i32.const 1068
     v128.load32_splat
     local.set $37
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     i32.const 512
     i32.add
     local.set $27
     i32.const 0
     local.set $28
     loop $for-loop|2
      local.get $28
      local.get $33
      i32.lt_u
      if
       local.get $24
       local.tee $19
       local.tee $18
       local.tee $22
       local.set $25
       local.get $23
       local.get $30
       i32.add
       local.get $28
       i32.add
       local.set $29
       local.get $8
       local.get $28
       i32.add
       local.set $11
       i32.const 0
       local.set $26
       loop $for-loop|3
        local.get $9
        local.get $26
        i32.gt_s
        if
         local.get $29
         v128.load offset=16
         local.set $38
         local.get $29
         v128.load offset=32
         local.set $39
         local.get $29
         v128.load offset=48
         local.set $40
         local.get $11
         local.get $29
         v128.load
         local.tee $43
         v128.store
         local.get $11
         local.get $38
         v128.store offset=16
         local.get $11
         local.get $39
         v128.store offset=32
         local.get $11
         local.get $40
         v128.store offset=48
         local.get $20
         local.get $43
         local.get $37
         v128.and
         i32x4.max_u
         local.get $38
         local.get $37
         v128.and
         i32x4.max_u
         local.get $39
         local.get $37
         v128.and
         i32x4.max_u
         local.get $40
         local.get $37
         v128.and
         i32x4.max_u
         local.set $20
         local.get $19
         local.get $43
         f32x4.pmax
         local.set $19
         local.get $18
         local.get $38
         f32x4.pmax
         local.set $18
         local.get $22
         local.get $39
         f32x4.pmax
         local.set $22
         local.get $25
         local.get $40
         f32x4.pmax
         local.set $25
         local.get $1
         local.get $29
         i32.add
         local.set $29
         local.get $11
         i32.const 256
         i32.add
         local.set $11
         local.get $26
         i32.const 1
         i32.add
         local.set $26
         br $for-loop|3
        end
       end
       local.get $27
       local.get $28
       i32.add
       local.tee $0
       local.get $19
       v128.store
       local.get $0
       local.get $18
       v128.store offset=16
       local.get $0
       local.get $22
       v128.store offset=32
       local.get $0
       local.get $25
       v128.store offset=48
       local.get $28
       i32.const -64
       i32.sub
       local.set $28
       br $for-loop|2
      end
     end
     i32.const 1036
     v128.load32_splat
     local.set $43
     i32.const 1040
     v128.load32_splat
     local.set $44
     i32.const 1028
     v128.load32_splat
     local.set $45
     i32.const 1044
     v128.load32_splat
     local.set $46
     i32.const 1048
     v128.load32_splat
     local.set $47
     i32.const 1052
     v128.load32_splat
     local.set $48
     i32.const 1056
     v128.load32_splat
     local.set $49
     i32.const 1060
     v128.load32_splat
     local.set $22
     local.get $15
     f32x4.splat
     local.set $24
     local.get $16
     f32x4.splat
     local.set $25
     i32.const 0
     local.set $11
     loop $for-loop|4
      local.get $11
      local.get $33
      i32.lt_u
      if
       local.get $11
       local.get $27
       i32.add
       local.tee $0
       v128.load
       local.set $37
       local.get $0
       v128.load offset=16
       local.set $38
       local.get $21
       local.tee $18
       local.set $19
       local.get $8
       local.get $11
       i32.add
       local.set $0
       i32.const 0
       local.set $26
       loop $for-loop|5
        local.get $9
        local.get $26
        i32.gt_s
        if
         local.get $0
         v128.load offset=16
         local.get $38
         f32x4.sub
         local.get $24
         f32x4.mul
         local.get $25
         f32x4.mul
         local.tee $50
         local.get $44
         f32x4.add
         local.set $39
         local.get $0
         v128.load
         local.get $37
         f32x4.sub
         local.get $24
         f32x4.mul
         local.get $25
         f32x4.mul
         local.tee $51
         local.get $44
         f32x4.add
         local.set $40
         local.get $0
         local.get $22
         local.get $51
         local.get $40
         local.get $44
         f32x4.sub
         f32x4.sub
         local.tee $52
         f32x4.mul
         local.get $49
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $48
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $47
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $46
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $45
         f32x4.add
         local.get $40
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $51
         local.get $43
         f32x4.ge
         v128.and
         local.tee $40
         v128.store
         local.get $0
         local.get $22
         local.get $50
         local.get $39
         local.get $44
         f32x4.sub
         f32x4.sub
         local.tee $51
         f32x4.mul
         local.get $49
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $48
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $47
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $46
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $45
         f32x4.add
         local.get $39
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $50
         local.get $43
         f32x4.ge
         v128.and
         local.tee $39
         v128.store offset=16
         local.get $18
         local.get $40
         f32x4.add
         local.set $18
         local.get $19
         local.get $39
         f32x4.add
         local.set $19
         local.get $0
         i32.const 256
         i32.add
         local.set $0
         local.get $26
         i32.const 1
         i32.add
         local.set $26
         br $for-loop|5
        end
       end
       local.get $11
       local.get $27
       i32.add
       local.tee $0
       local.get $45
       local.get $18
       f32x4.div
       local.get $27
       i32.const 256
       i32.sub
       local.get $11
       i32.add
       local.tee $26
       v128.load
       v128.and
       v128.store
       local.get $0
       local.get $45
       local.get $19
       f32x4.div
       local.get $26
       v128.load offset=16
       v128.and
       v128.store offset=16
       local.get $11
       i32.const 32
       i32.add
       local.set $11
       br $for-loop|4
      end
     end
     local.get $20
     local.set $21
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     local.set $37
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $0
     i32.const 256
     i32.add
     local.set $41
     local.get $0
     i32.const 512
     i32.add
     local.set $42
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $27
     local.get $8
     local.set $0
     local.get $23
     local.get $30
     i32.add
     local.set $26
     local.get $2
     local.get $30
     i32.add
     local.set $28
     local.get $4
     local.get $30
     i32.add
     local.set $29
     i32.const 0
     local.set $11
     loop $for-loop|6
      local.get $9
      local.get $11
      i32.gt_s
      if
       local.get $27
       v128.load
       local.set $22
       local.get $27
       v128.load offset=16
       local.set $18
       local.get $27
       v128.load offset=32
       local.set $19
       local.get $27
       v128.load offset=48
       local.set $20
       local.get $27
       v128.load offset=64
       local.set $24
       local.get $27
       v128.load offset=80
       local.set $25
       i32.const 0
       local.set $31
       loop $for-loop|7
        local.get $31
        local.get $33
        i32.lt_u
        if
         local.get $31
         local.get $41
         i32.add
         v128.load
         local.set $38
         local.get $0
         local.get $31
         i32.add
         v128.load
         local.get $31
         local.get $42
         i32.add
         v128.load
         f32x4.mul
         local.set $39
         local.get $2
         if
          local.get $28
          local.get $31
          i32.add
          local.get $39
          v128.store
         end
         local.get $39
         local.get $39
         f32x4.mul
         local.get $22
         f32x4.add
         local.set $22
         local.get $32
         local.get $29
         local.get $31
         i32.add
         v128.load
         local.tee $40
         i32x4.max_u
         local.set $32
         local.get $39
         local.get $40
         local.get $38
         v128.and
         local.tee $38
         f32x4.sub
         local.get $37
         v128.and
         local.set $40
         local.get $38
         local.get $38
         f32x4.mul
         local.get $18
         f32x4.add
         local.set $18
         local.get $20
         local.get $38
         f32x4.pmax
         local.set $20
         local.get $40
         local.get $40
         f32x4.mul
         local.get $19
         f32x4.add
         local.set $19
         local.get $24
         local.get $39
         f32x4.pmax
         local.set $24
         local.get $25
         local.get $39
         local.get $38
         f32x4.add
         f32x4.pmax
         local.set $25
         local.get $31
         i32.const 16
         i32.add
         local.set $31
         br $for-loop|7
        end
       end
       local.get $27
       local.get $22
       v128.store
       local.get $27
       local.get $18
       v128.store offset=16
       local.get $27
       local.get $19
       v128.store offset=32
       local.get $27
       local.get $20
       v128.store offset=48
       local.get $27
       local.get $24
       v128.store offset=64
       local.get $27
       local.get $25
       v128.store offset=80
       local.get $27
       i32.const 96
       i32.add
       local.set $27
       local.get $0
       i32.const 256
       i32.add
       local.set $0
       local.get $1
       local.get $26
       i32.add
       local.set $26
       local.get $3
       local.get $28
       i32.add
       local.set $28
       local.get $5
       local.get $29
       i32.add
       local.set $29
       local.get $11
       i32.const 1
       i32.add
       local.set $11
       br $for-loop|6
      end
     end
     i32.const 0
     local.get $30
     local.get $33
     i32.add
     local.tee $0
     i32.const 511
     i32.and
     local.get $0
     local.get $34
     i32.eq
     local.tee $0
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $18
      i32.const 0
      local.set $26
      loop $for-loop|8
       local.get $9
       local.get $26
       i32.gt_s
       if
        local.get $17
        local.get $26
        i32.const 6
        i32.shl
        i32.add
        local.tee $11
        local.get $11
        f64.load
        local.get $36
        local.get $26
        i32.const 96
        i32.mul
        i32.add
        local.tee $27
        v128.load
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $11
        local.get $11
        f64.load offset=8
        local.get $27
        v128.load offset=16
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $11
        local.get $11
        f64.load offset=16
        local.get $27
        v128.load offset=32
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $27
        local.get $18
        v128.store
        local.get $27
        local.get $18
        v128.store offset=16
        local.get $27
        local.get $18
        v128.store offset=32
        local.get $0
        if
         local.get $11
         local.get $11
         f64.load offset=24
         local.get $27
         v128.load offset=48
         local.tee $19
         f32x4.extract_lane 0
         local.get $19
         f32x4.extract_lane 1
         f32.max
         local.get $19
         f32x4.extract_lane 2
         local.get $19
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=24
         local.get $11
         local.get $11
         f64.load offset=32
         local.get $27
         v128.load offset=64
         local.tee $19
         f32x4.extract_lane 0
         local.get $19
         f32x4.extract_lane 1
         f32.max
         local.get $19
         f32x4.extract_lane 2
         local.get $19
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=32
         local.get $11
         local.get $11
         f64.load offset=40
         local.get $27
         v128.load offset=80
         local.tee $19
         f32x4.extract_lane 0
         local.get $19
         f32x4.extract_lane 1
         f32.max
         local.get $19
         f32x4.extract_lane 2
         local.get $19
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=40
        end
        local.get $26
        i32.const 1
        i32.add
        local.set $26
        br $for-loop|8
       end
      end
     end
     local.get $30
     i32.const 256
     i32.add
     local.set $30
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $21
   i32x4.extract_lane 0
   local.tee $0
   local.get $21
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $21
   i32x4.extract_lane 2
   local.tee $1
   local.get $21
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.4
   drop
   local.get $32
   i32x4.extract_lane 0
   local.tee $0
   local.get $32
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $32
   i32x4.extract_lane 2
   local.tee $1
   local.get $32
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsSoftmaxSoftN2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (result i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 v128)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 i32)
  (local $42 i32)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  local.get $0
  local.set $24
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $35
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $36
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $21
  local.set $32
  local.get $11
  i32.const 2
  i32.shl
  local.set $34
  block $wasm/assembly/loss/statsChunk|inlined.5 (result i32)
   loop $for-loop|0
    local.get $29
    local.get $34
    i32.lt_u
    if
     local.get $29
     i32.const 2
     i32.shr_u
     local.set $0
     i32.const 256
     local.get $34
     local.get $29
     i32.sub
     local.tee $11
     local.get $11
     i32.const 256
     i32.gt_u
     select
     local.set $33
     i32.const 0
     local.set $30
     loop $for-loop|1
      local.get $30
      local.get $33
      i32.lt_u
      if
       local.get $0
       local.get $30
       i32.const 2
       i32.shr_u
       i32.add
       local.set $11
       i32.const 1024
       v128.load32_splat
       local.set $18
       i32.const 1064
       v128.load32_splat
       local.set $19
       local.get $7
       if
        local.get $7
        local.get $11
        i32.add
        v128.load
        local.get $18
        i8x16.eq
        v128.not
        local.set $19
       end
       local.get $19
       i16x8.extend_low_i8x16_s
       local.set $20
       local.get $19
       i16x8.extend_high_i8x16_s
       local.set $37
       local.get $18
       local.tee $22
       local.set $23
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $11
        i32.add
        v128.load
        local.tee $19
        i16x8.extend_low_i8x16_u
        local.tee $22
        i32x4.extend_low_i16x8_u
        local.set $18
        local.get $22
        i32x4.extend_high_i16x8_u
        local.set $22
        local.get $19
        i16x8.extend_high_i8x16_u
        local.tee $19
        i32x4.extend_low_i16x8_u
        local.set $23
        local.get $19
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $11
         i32.const 1
         i32.shl
         i32.add
         local.tee $26
         v128.load
         local.tee $19
         i32x4.extend_low_i16x8_u
         local.set $18
         local.get $19
         i32x4.extend_high_i16x8_u
         local.set $22
         local.get $26
         v128.load offset=16
         local.tee $19
         i32x4.extend_low_i16x8_u
         local.set $23
         local.get $19
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $11
          i32.const 2
          i32.shl
          i32.add
          local.tee $26
          v128.load
          local.set $18
          local.get $26
          v128.load offset=16
          local.set $22
          local.get $26
          v128.load offset=32
          local.set $23
          local.get $26
          v128.load offset=48
         else
          local.get $18
         end
        end
       end
       local.set $38
       local.get $20
       i32x4.extend_low_i16x8_s
       local.get $11
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $39
       v128.and
       local.set $19
       i32.const 1024
       v128.load32_splat
       local.set $25
       local.get $30
       local.get $35
       i32.add
       local.tee $26
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $27
       if
        local.get $39
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $39
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $25
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $25
        local.get $19
        local.get $39
        local.get $18
        v128.andnot
        v128.and
        local.set $19
       end
       local.get $19
       v128.bitselect
       v128.store
       local.get $26
       local.get $19
       v128.store offset=256
       local.get $20
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $19
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $20
       local.get $26
       local.get $22
       i32.const 1064
       v128.load32_splat
       local.get $27
       if
        local.get $19
        local.get $22
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $19
        local.get $22
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $20
        local.get $14
        select
        local.tee $22
        v128.or
        v128.andnot
        local.set $20
        local.get $18
        local.get $19
        local.get $22
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=16
       local.get $26
       local.get $18
       v128.store offset=272
       local.get $25
       local.get $20
       v128.or
       local.set $22
       local.get $37
       i32x4.extend_low_i16x8_s
       local.get $11
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $26
       local.get $23
       i32.const 1064
       v128.load32_splat
       local.get $27
       if
        local.get $20
        local.get $23
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $23
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $23
        v128.or
        v128.andnot
        local.set $19
        local.get $18
        local.get $20
        local.get $23
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=32
       local.get $26
       local.get $18
       v128.store offset=288
       local.get $37
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $23
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $18
       local.get $27
       if
        local.get $23
        local.get $38
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $23
        local.get $38
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $18
        local.get $14
        select
        local.tee $25
        v128.or
        v128.andnot
        local.set $18
        local.get $20
        local.get $23
        local.get $25
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $26
       local.get $38
       i32.const 1064
       v128.load32_splat
       local.get $20
       v128.bitselect
       v128.store offset=48
       local.get $26
       local.get $20
       v128.store offset=304
       i32.const 0
       local.get $22
       local.get $19
       local.get $18
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.5
       drop
       local.get $30
       i32.const -64
       i32.sub
       local.set $30
       br $for-loop|1
      end
     end
     local.get $21
     local.set $20
     i32.const 1024
     v128.load32_splat
     local.set $21
     i32.const 1032
     v128.load32_splat
     local.set $25
     i32.const 1068
     v128.load32_splat
     local.set $37
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     i32.const 512
     i32.add
     local.set $28
     i32.const 0
     local.set $0
     loop $for-loop|2
      local.get $0
      local.get $33
      i32.lt_u
      if
       local.get $25
       local.tee $19
       local.tee $18
       local.set $22
       local.get $18
       local.set $23
       local.get $24
       local.get $29
       i32.add
       local.get $0
       i32.add
       local.set $27
       local.get $0
       local.get $8
       i32.add
       local.set $26
       i32.const 0
       local.set $11
       loop $for-loop|3
        local.get $9
        local.get $11
        i32.gt_s
        if
         local.get $27
         v128.load offset=16
         local.set $38
         local.get $27
         v128.load offset=32
         local.set $39
         local.get $27
         v128.load offset=48
         local.set $40
         local.get $26
         local.get $27
         v128.load
         local.tee $43
         v128.store
         local.get $26
         local.get $38
         v128.store offset=16
         local.get $26
         local.get $39
         v128.store offset=32
         local.get $26
         local.get $40
         v128.store offset=48
         local.get $20
         local.get $43
         local.get $37
         v128.and
         i32x4.max_u
         local.get $38
         local.get $37
         v128.and
         i32x4.max_u
         local.get $39
         local.get $37
         v128.and
         i32x4.max_u
         local.get $40
         local.get $37
         v128.and
         i32x4.max_u
         local.set $20
         local.get $19
         local.get $43
         f32x4.pmax
         local.set $19
         local.get $18
         local.get $38
         f32x4.pmax
         local.set $18
         local.get $22
         local.get $39
         f32x4.pmax
         local.set $22
         local.get $23
         local.get $40
         f32x4.pmax
         local.set $23
         local.get $1
         local.get $27
         i32.add
         local.set $27
         local.get $26
         i32.const 256
         i32.add
         local.set $26
         local.get $11
         i32.const 1
         i32.add
         local.set $11
         br $for-loop|3
        end
       end
       local.get $0
       local.get $28
       i32.add
       local.tee $11
       local.get $19
       v128.store
       local.get $11
       local.get $18
       v128.store offset=16
       local.get $11
       local.get $22
       v128.store offset=32
       local.get $11
       local.get $23
       v128.store offset=48
       local.get $0
       i32.const -64
       i32.sub
       local.set $0
       br $for-loop|2
      end
     end
     i32.const 1036
     v128.load32_splat
     local.set $43
     i32.const 1040
     v128.load32_splat
     local.set $44
     i32.const 1028
     v128.load32_splat
     local.set $45
     i32.const 1044
     v128.load32_splat
     local.set $46
     i32.const 1048
     v128.load32_splat
     local.set $47
     i32.const 1052
     v128.load32_splat
     local.set $48
     i32.const 1056
     v128.load32_splat
     local.set $49
     i32.const 1060
     v128.load32_splat
     local.set $22
     local.get $15
     f32x4.splat
     local.set $23
     local.get $16
     f32x4.splat
     local.set $25
     i32.const 0
     local.set $26
     loop $for-loop|4
      local.get $26
      local.get $33
      i32.lt_u
      if
       local.get $26
       local.get $28
       i32.add
       local.tee $0
       v128.load
       local.set $37
       local.get $0
       v128.load offset=16
       local.set $38
       local.get $21
       local.tee $18
       local.set $19
       local.get $8
       local.get $26
       i32.add
       local.set $0
       i32.const 0
       local.set $11
       loop $for-loop|5
        local.get $9
        local.get $11
        i32.gt_s
        if
         local.get $0
         v128.load offset=16
         local.get $38
         f32x4.sub
         local.get $23
         f32x4.mul
         local.get $25
         f32x4.mul
         local.tee $50
         local.get $44
         f32x4.add
         local.set $39
         local.get $0
         v128.load
         local.get $37
         f32x4.sub
         local.get $23
         f32x4.mul
         local.get $25
         f32x4.mul
         local.tee $51
         local.get $44
         f32x4.add
         local.set $40
         local.get $0
         local.get $22
         local.get $51
         local.get $40
         local.get $44
         f32x4.sub
         f32x4.sub
         local.tee $52
         f32x4.mul
         local.get $49
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $48
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $47
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $46
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $45
         f32x4.add
         local.get $40
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $51
         local.get $43
         f32x4.ge
         v128.and
         local.tee $40
         v128.store
         local.get $0
         local.get $22
         local.get $50
         local.get $39
         local.get $44
         f32x4.sub
         f32x4.sub
         local.tee $51
         f32x4.mul
         local.get $49
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $48
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $47
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $46
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $45
         f32x4.add
         local.get $39
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $50
         local.get $43
         f32x4.ge
         v128.and
         local.tee $39
         v128.store offset=16
         local.get $18
         local.get $40
         f32x4.add
         local.set $18
         local.get $19
         local.get $39
         f32x4.add
         local.set $19
         local.get $0
         i32.const 256
         i32.add
         local.set $0
         local.get $11
         i32.const 1
         i32.add
         local.set $11
         br $for-loop|5
        end
       end
       local.get $26
       local.get $28
       i32.add
       local.tee $0
       local.get $45
       local.get $18
       f32x4.div
       local.get $28
       i32.const 256
       i32.sub
       local.get $26
       i32.add
       local.tee $11
       v128.load
       v128.and
       v128.store
       local.get $0
       local.get $45
       local.get $19
       f32x4.div
       local.get $11
       v128.load offset=16
       v128.and
       v128.store offset=16
       local.get $26
       i32.const 32
       i32.add
       local.set $26
       br $for-loop|4
      end
     end
     local.get $20
     local.set $21
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     local.set $20
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $0
     i32.const 256
     i32.add
     local.set $41
     local.get $0
     i32.const 512
     i32.add
     local.set $42
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $28
     local.get $8
     local.set $11
     local.get $24
     local.get $29
     i32.add
     local.set $0
     local.get $2
     local.get $29
     i32.add
     local.set $26
     local.get $4
     local.get $29
     i32.add
     local.set $30
     i32.const 0
     local.set $27
     loop $for-loop|6
      local.get $9
      local.get $27
      i32.gt_s
      if
       local.get $28
       v128.load
       local.set $18
       local.get $28
       v128.load offset=16
       local.set $22
       local.get $28
       v128.load offset=32
       local.set $19
       local.get $28
       v128.load offset=48
       local.set $23
       local.get $28
       v128.load offset=64
       drop
       local.get $28
       v128.load offset=80
       drop
       i32.const 0
       local.set $31
       loop $for-loop|7
        local.get $31
        local.get $33
        i32.lt_u
        if
         local.get $31
         local.get $41
         i32.add
         v128.load
         local.set $25
         local.get $11
         local.get $31
         i32.add
         v128.load
         local.get $31
         local.get $42
         i32.add
         v128.load
         f32x4.mul
         local.set $37
         local.get $2
         if
          local.get $26
          local.get $31
          i32.add
          local.get $37
          v128.store
         end
         local.get $37
         local.get $37
         f32x4.mul
         local.get $18
         f32x4.add
         local.set $18
         local.get $32
         local.get $30
         local.get $31
         i32.add
         v128.load
         local.tee $38
         i32x4.max_u
         local.set $32
         local.get $37
         local.get $38
         local.get $25
         v128.and
         local.tee $25
         f32x4.sub
         local.get $20
         v128.and
         local.set $37
         local.get $25
         local.get $25
         f32x4.mul
         local.get $22
         f32x4.add
         local.set $22
         local.get $23
         local.get $25
         f32x4.pmax
         local.set $23
         local.get $37
         local.get $37
         f32x4.mul
         local.get $19
         f32x4.add
         local.set $19
         local.get $31
         i32.const 16
         i32.add
         local.set $31
         br $for-loop|7
        end
       end
       local.get $28
       local.get $18
       v128.store
       local.get $28
       local.get $22
       v128.store offset=16
       local.get $28
       local.get $19
       v128.store offset=32
       local.get $28
       local.get $23
       v128.store offset=48
       local.get $28
       i32.const 96
       i32.add
       local.set $28
       local.get $11
       i32.const 256
       i32.add
       local.set $11
       local.get $0
       local.get $1
       i32.add
       local.set $0
       local.get $3
       local.get $26
       i32.add
       local.set $26
       local.get $5
       local.get $30
       i32.add
       local.set $30
       local.get $27
       i32.const 1
       i32.add
       local.set $27
       br $for-loop|6
      end
     end
     i32.const 0
     local.get $29
     local.get $33
     i32.add
     local.tee $0
     i32.const 511
     i32.and
     local.get $0
     local.get $34
     i32.eq
     local.tee $0
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $18
      i32.const 0
      local.set $27
      loop $for-loop|8
       local.get $9
       local.get $27
       i32.gt_s
       if
        local.get $17
        local.get $27
        i32.const 6
        i32.shl
        i32.add
        local.tee $11
        local.get $11
        f64.load
        local.get $36
        local.get $27
        i32.const 96
        i32.mul
        i32.add
        local.tee $26
        v128.load
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $11
        local.get $11
        f64.load offset=8
        local.get $26
        v128.load offset=16
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $11
        local.get $11
        f64.load offset=16
        local.get $26
        v128.load offset=32
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $26
        local.get $18
        v128.store
        local.get $26
        local.get $18
        v128.store offset=16
        local.get $26
        local.get $18
        v128.store offset=32
        local.get $0
        if
         local.get $11
         local.get $11
         f64.load offset=24
         local.get $26
         v128.load offset=48
         local.tee $19
         f32x4.extract_lane 0
         local.get $19
         f32x4.extract_lane 1
         f32.max
         local.get $19
         f32x4.extract_lane 2
         local.get $19
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=24
        end
        local.get $27
        i32.const 1
        i32.add
        local.set $27
        br $for-loop|8
       end
      end
     end
     local.get $29
     i32.const 256
     i32.add
     local.set $29
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $21
   i32x4.extract_lane 0
   local.tee $0
   local.get $21
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $21
   i32x4.extract_lane 2
   local.tee $1
   local.get $21
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.5
   drop
   local.get $32
   i32x4.extract_lane 0
   local.tee $0
   local.get $32
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $32
   i32x4.extract_lane 2
   local.tee $1
   local.get $32
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsSoftmaxSoftN1Max (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (result i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 v128)
  (local $42 i32)
  (local $43 i32)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  local.get $0
  local.set $24
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $36
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $37
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $21
  local.set $31
  local.get $11
  i32.const 2
  i32.shl
  local.set $33
  block $wasm/assembly/loss/statsChunk|inlined.6 (result i32)
   loop $for-loop|0
    local.get $28
    local.get $33
    i32.lt_u
    if
     local.get $28
     i32.const 2
     i32.shr_u
     local.set $0
     i32.const 256
     local.get $33
     local.get $28
     i32.sub
     local.tee $11
     local.get $11
     i32.const 256
     i32.gt_u
     select
     local.set $32
     i32.const 0
     local.set $29
     loop $for-loop|1
      local.get $29
      local.get $32
      i32.lt_u
      if
       local.get $0
       local.get $29
       i32.const 2
       i32.shr_u
       i32.add
       local.set $11
       i32.const 1024
       v128.load32_splat
       local.set $18
       i32.const 1064
       v128.load32_splat
       local.set $19
       local.get $7
       if
        local.get $7
        local.get $11
        i32.add
        v128.load
        local.get $18
        i8x16.eq
        v128.not
        local.set $19
       end
       local.get $19
       i16x8.extend_low_i8x16_s
       local.set $20
       local.get $19
       i16x8.extend_high_i8x16_s
       local.set $38
       local.get $18
       local.tee $22
       local.set $23
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $11
        i32.add
        v128.load
        local.tee $19
        i16x8.extend_low_i8x16_u
        local.tee $22
        i32x4.extend_low_i16x8_u
        local.set $18
        local.get $22
        i32x4.extend_high_i16x8_u
        local.set $22
        local.get $19
        i16x8.extend_high_i8x16_u
        local.tee $19
        i32x4.extend_low_i16x8_u
        local.set $23
        local.get $19
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $11
         i32.const 1
         i32.shl
         i32.add
         local.tee $26
         v128.load
         local.tee $19
         i32x4.extend_low_i16x8_u
         local.set $18
         local.get $19
         i32x4.extend_high_i16x8_u
         local.set $22
         local.get $26
         v128.load offset=16
         local.tee $19
         i32x4.extend_low_i16x8_u
         local.set $23
         local.get $19
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $11
          i32.const 2
          i32.shl
          i32.add
          local.tee $26
          v128.load
          local.set $18
          local.get $26
          v128.load offset=16
          local.set $22
          local.get $26
          v128.load offset=32
          local.set $23
          local.get $26
          v128.load offset=48
         else
          local.get $18
         end
        end
       end
       local.set $39
       local.get $20
       i32x4.extend_low_i16x8_s
       local.get $11
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $40
       v128.and
       local.set $19
       i32.const 1024
       v128.load32_splat
       local.set $25
       local.get $29
       local.get $36
       i32.add
       local.tee $26
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $27
       if
        local.get $40
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $40
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $25
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $25
        local.get $19
        local.get $40
        local.get $18
        v128.andnot
        v128.and
        local.set $19
       end
       local.get $19
       v128.bitselect
       v128.store
       local.get $26
       local.get $19
       v128.store offset=256
       local.get $20
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $19
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $20
       local.get $26
       local.get $22
       i32.const 1064
       v128.load32_splat
       local.get $27
       if
        local.get $19
        local.get $22
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $19
        local.get $22
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $20
        local.get $14
        select
        local.tee $22
        v128.or
        v128.andnot
        local.set $20
        local.get $18
        local.get $19
        local.get $22
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=16
       local.get $26
       local.get $18
       v128.store offset=272
       local.get $25
       local.get $20
       v128.or
       local.set $22
       local.get $38
       i32x4.extend_low_i16x8_s
       local.get $11
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $26
       local.get $23
       i32.const 1064
       v128.load32_splat
       local.get $27
       if
        local.get $20
        local.get $23
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $23
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $23
        v128.or
        v128.andnot
        local.set $19
        local.get $18
        local.get $20
        local.get $23
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=32
       local.get $26
       local.get $18
       v128.store offset=288
       local.get $38
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $23
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $18
       local.get $27
       if
        local.get $23
        local.get $39
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $23
        local.get $39
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $18
        local.get $14
        select
        local.tee $25
        v128.or
        v128.andnot
        local.set $18
        local.get $20
        local.get $23
        local.get $25
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $26
       local.get $39
       i32.const 1064
       v128.load32_splat
       local.get $20
       v128.bitselect
       v128.store offset=48
       local.get $26
       local.get $20
       v128.store offset=304
       i32.const 0
       local.get $22
       local.get $19
       local.get $18
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.6
       drop
       local.get $29
       i32.const -64
       i32.sub
       local.set $29
       br $for-loop|1
      end
     end
     local.get $21
     local.set $20
     i32.const 1024
     v128.load32_splat
     local.set $21
     i32.const 1032
     v128.load32_splat
     local.set $25
     i32.const 1068
     v128.load32_splat
     local.set $38
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     i32.const 512
     i32.add
     local.set $29
     i32.const 0
     local.set $11
     loop $for-loop|2
      local.get $11
      local.get $32
      i32.lt_u
      if
       local.get $25
       local.tee $19
       local.tee $18
       local.set $22
       local.get $18
       local.set $23
       local.get $24
       local.get $28
       i32.add
       local.get $11
       i32.add
       local.set $0
       local.get $8
       local.get $11
       i32.add
       local.set $26
       i32.const 0
       local.set $27
       loop $for-loop|3
        local.get $9
        local.get $27
        i32.gt_s
        if
         local.get $0
         v128.load offset=16
         local.set $39
         local.get $0
         v128.load offset=32
         local.set $40
         local.get $0
         v128.load offset=48
         local.set $41
         local.get $26
         local.get $0
         v128.load
         local.tee $44
         v128.store
         local.get $26
         local.get $39
         v128.store offset=16
         local.get $26
         local.get $40
         v128.store offset=32
         local.get $26
         local.get $41
         v128.store offset=48
         local.get $20
         local.get $44
         local.get $38
         v128.and
         i32x4.max_u
         local.get $39
         local.get $38
         v128.and
         i32x4.max_u
         local.get $40
         local.get $38
         v128.and
         i32x4.max_u
         local.get $41
         local.get $38
         v128.and
         i32x4.max_u
         local.set $20
         local.get $19
         local.get $44
         f32x4.pmax
         local.set $19
         local.get $18
         local.get $39
         f32x4.pmax
         local.set $18
         local.get $22
         local.get $40
         f32x4.pmax
         local.set $22
         local.get $23
         local.get $41
         f32x4.pmax
         local.set $23
         local.get $0
         local.get $1
         i32.add
         local.set $0
         local.get $26
         i32.const 256
         i32.add
         local.set $26
         local.get $27
         i32.const 1
         i32.add
         local.set $27
         br $for-loop|3
        end
       end
       local.get $11
       local.get $29
       i32.add
       local.tee $0
       local.get $19
       v128.store
       local.get $0
       local.get $18
       v128.store offset=16
       local.get $0
       local.get $22
       v128.store offset=32
       local.get $0
       local.get $23
       v128.store offset=48
       local.get $11
       i32.const -64
       i32.sub
       local.set $11
       br $for-loop|2
      end
     end
     i32.const 1036
     v128.load32_splat
     local.set $44
     i32.const 1040
     v128.load32_splat
     local.set $45
     i32.const 1028
     v128.load32_splat
     local.set $46
     i32.const 1044
     v128.load32_splat
     local.set $47
     i32.const 1048
     v128.load32_splat
     local.set $48
     i32.const 1052
     v128.load32_splat
     local.set $49
     i32.const 1056
     v128.load32_splat
     local.set $50
     i32.const 1060
     v128.load32_splat
     local.set $22
     local.get $15
     f32x4.splat
     local.set $23
     local.get $16
     f32x4.splat
     local.set $25
     i32.const 0
     local.set $26
     loop $for-loop|4
      local.get $26
      local.get $32
      i32.lt_u
      if
       local.get $26
       local.get $29
       i32.add
       local.tee $0
       v128.load
       local.set $38
       local.get $0
       v128.load offset=16
       local.set $39
       local.get $21
       local.tee $18
       local.set $19
       local.get $8
       local.get $26
       i32.add
       local.set $0
       i32.const 0
       local.set $27
       loop $for-loop|5
        local.get $9
        local.get $27
        i32.gt_s
        if
         local.get $0
         v128.load offset=16
         local.get $39
         f32x4.sub
         local.get $23
         f32x4.mul
         local.get $25
         f32x4.mul
         local.tee $51
         local.get $45
         f32x4.add
         local.set $40
         local.get $0
         v128.load
         local.get $38
         f32x4.sub
         local.get $23
         f32x4.mul
         local.get $25
         f32x4.mul
         local.tee $52
         local.get $45
         f32x4.add
         local.set $41
         local.get $0
         local.get $22
         local.get $52
         local.get $41
         local.get $45
         f32x4.sub
         f32x4.sub
         local.tee $53
         f32x4.mul
         local.get $50
         f32x4.add
         local.get $53
         f32x4.mul
         local.get $49
         f32x4.add
         local.get $53
         f32x4.mul
         local.get $48
         f32x4.add
         local.get $53
         f32x4.mul
         local.get $47
         f32x4.add
         local.get $53
         f32x4.mul
         local.get $46
         f32x4.add
         local.get $41
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $52
         local.get $44
         f32x4.ge
         v128.and
         local.tee $41
         v128.store
         local.get $0
         local.get $22
         local.get $51
         local.get $40
         local.get $45
         f32x4.sub
         f32x4.sub
         local.tee $52
         f32x4.mul
         local.get $50
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $49
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $48
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $47
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $46
         f32x4.add
         local.get $40
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $51
         local.get $44
         f32x4.ge
         v128.and
         local.tee $40
         v128.store offset=16
         local.get $18
         local.get $41
         f32x4.add
         local.set $18
         local.get $19
         local.get $40
         f32x4.add
         local.set $19
         local.get $0
         i32.const 256
         i32.add
         local.set $0
         local.get $27
         i32.const 1
         i32.add
         local.set $27
         br $for-loop|5
        end
       end
       local.get $26
       local.get $29
       i32.add
       local.tee $0
       local.get $46
       local.get $18
       f32x4.div
       local.get $29
       i32.const 256
       i32.sub
       local.get $26
       i32.add
       local.tee $11
       v128.load
       v128.and
       v128.store
       local.get $0
       local.get $46
       local.get $19
       f32x4.div
       local.get $11
       v128.load offset=16
       v128.and
       v128.store offset=16
       local.get $26
       i32.const 32
       i32.add
       local.set $26
       br $for-loop|4
      end
     end
     local.get $20
     local.set $21
     i32.const 0
     local.set $26
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     local.set $38
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $0
     i32.const 256
     i32.add
     local.set $42
     local.get $0
     i32.const 512
     i32.add
     local.set $43
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $11
     local.get $8
     local.set $0
     local.get $24
     local.get $28
     i32.add
     local.set $27
     local.get $2
     local.get $28
     i32.add
     local.set $34
     local.get $4
     local.get $28
     i32.add
     local.set $29
     i32.const 0
     local.set $35
     loop $for-loop|6
      local.get $9
      local.get $35
      i32.gt_s
      if
       local.get $11
       v128.load
       local.set $25
       local.get $11
       v128.load offset=16
       local.set $23
       local.get $11
       v128.load offset=32
       local.set $19
       local.get $11
       v128.load offset=48
       local.set $18
       local.get $11
       v128.load offset=64
       local.set $22
       local.get $11
       v128.load offset=80
       local.set $20
       i32.const 0
       local.set $30
       loop $for-loop|7
        local.get $30
        local.get $32
        i32.lt_u
        if
         local.get $30
         local.get $42
         i32.add
         v128.load
         local.set $39
         local.get $0
         local.get $30
         i32.add
         v128.load
         local.get $30
         local.get $43
         i32.add
         v128.load
         f32x4.mul
         local.set $40
         local.get $2
         if
          local.get $30
          local.get $34
          i32.add
          local.get $40
          v128.store
         end
         local.get $25
         local.get $40
         f32x4.add
         local.set $25
         local.get $31
         local.get $29
         local.get $30
         i32.add
         v128.load
         local.tee $41
         i32x4.max_u
         local.set $31
         local.get $23
         local.get $41
         local.get $39
         v128.and
         local.tee $39
         f32x4.add
         local.set $23
         local.get $18
         local.get $39
         f32x4.pmax
         local.set $18
         local.get $19
         local.get $40
         local.get $39
         f32x4.sub
         local.get $38
         v128.and
         f32x4.add
         local.set $19
         local.get $22
         local.get $40
         f32x4.pmax
         local.set $22
         local.get $20
         local.get $40
         local.get $39
         f32x4.add
         f32x4.pmax
         local.set $20
         local.get $30
         i32.const 16
         i32.add
         local.set $30
         br $for-loop|7
        end
       end
       local.get $11
       local.get $25
       v128.store
       local.get $11
       local.get $23
       v128.store offset=16
       local.get $11
       local.get $19
       v128.store offset=32
       local.get $11
       local.get $18
       v128.store offset=48
       local.get $11
       local.get $22
       v128.store offset=64
       local.get $11
       local.get $20
       v128.store offset=80
       local.get $11
       i32.const 96
       i32.add
       local.set $11
       local.get $0
       i32.const 256
       i32.add
       local.set $0
       local.get $1
       local.get $27
       i32.add
       local.set $27
       local.get $3
       local.get $34
       i32.add
       local.set $34
       local.get $5
       local.get $29
       i32.add
       local.set $29
       local.get $35
       i32.const 1
       i32.add
       local.set $35
       br $for-loop|6
      end
     end
     i32.const 0
     local.get $28
     local.get $32
     i32.add
     local.tee $0
     i32.const 511
     i32.and
     local.get $0
     local.get $33
     i32.eq
     local.tee $0
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $18
      loop $for-loop|8
       local.get $9
       local.get $26
       i32.gt_s
       if
        local.get $17
        local.get $26
        i32.const 6
        i32.shl
        i32.add
        local.tee $11
        local.get $11
        f64.load
        local.get $37
        local.get $26
        i32.const 96
        i32.mul
        i32.add
        local.tee $27
        v128.load
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $11
        local.get $11
        f64.load offset=8
        local.get $27
        v128.load offset=16
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $11
        local.get $11
        f64.load offset=16
        local.get $27
        v128.load offset=32
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $27
        local.get $18
        v128.store
        local.get $27
        local.get $18
        v128.store offset=16
        local.get $27
        local.get $18
        v128.store offset=32
        local.get $0
        if
         local.get $11
         local.get $11
         f64.load offset=24
         local.get $27
         v128.load offset=48
         local.tee $19
         f32x4.extract_lane 0
         local.get $19
         f32x4.extract_lane 1
         f32.max
         local.get $19
         f32x4.extract_lane 2
         local.get $19
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=24
         local.get $11
         local.get $11
         f64.load offset=32
         local.get $27
         v128.load offset=64
         local.tee $19
         f32x4.extract_lane 0
         local.get $19
         f32x4.extract_lane 1
         f32.max
         local.get $19
         f32x4.extract_lane 2
         local.get $19
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=32
         local.get $11
         local.get $11
         f64.load offset=40
         local.get $27
         v128.load offset=80
         local.tee $19
         f32x4.extract_lane 0
         local.get $19
         f32x4.extract_lane 1
         f32.max
         local.get $19
         f32x4.extract_lane 2
         local.get $19
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=40
        end
        local.get $26
        i32.const 1
        i32.add
        local.set $26
        br $for-loop|8
       end
      end
     end
     local.get $28
     i32.const 256
     i32.add
     local.set $28
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $21
   i32x4.extract_lane 0
   local.tee $0
   local.get $21
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $21
   i32x4.extract_lane 2
   local.tee $1
   local.get $21
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.6
   drop
   local.get $31
   i32x4.extract_lane 0
   local.tee $0
   local.get $31
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $31
   i32x4.extract_lane 2
   local.tee $1
   local.get $31
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsSoftmaxSoftN1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (result i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 i32)
  (local $32 i32)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 i32)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 i32)
  (local $53 i32)
  local.get $0
  local.set $24
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $27
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $26
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $19
  local.set $37
  local.get $11
  i32.const 2
  i32.shl
  local.set $32
  block $wasm/assembly/loss/statsChunk|inlined.7 (result i32)
   loop $for-loop|0
    local.get $32
    local.get $39
    i32.gt_u
    if
     local.get $39
     i32.const 2
     i32.shr_u
     local.set $0
     i32.const 256
     local.get $32
     local.get $39
     i32.sub
     local.tee $11
     local.get $11
     i32.const 256
     i32.gt_u
     select
     local.set $36
     i32.const 0
     local.set $31
     loop $for-loop|1
      local.get $31
      local.get $36
      i32.lt_u
      if
       local.get $0
       local.get $31
       i32.const 2
       i32.shr_u
       i32.add
       local.set $11
       i32.const 1024
       v128.load32_splat
       local.set $18
       i32.const 1064
       v128.load32_splat
       local.set $20
       local.get $7
       if
        local.get $7
        local.get $11
        i32.add
        v128.load
        local.get $18
        i8x16.eq
        v128.not
        local.set $20
       end
       local.get $20
       i16x8.extend_low_i8x16_s
       local.set $25
       local.get $20
       i16x8.extend_high_i8x16_s
       local.set $28
       local.get $18
       local.tee $22
       local.set $23
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $11
        i32.add
        v128.load
        local.tee $20
        i16x8.extend_low_i8x16_u
        local.tee $21
        i32x4.extend_low_i16x8_u
        local.set $18
        local.get $21
        i32x4.extend_high_i16x8_u
        local.set $22
        local.get $20
        i16x8.extend_high_i8x16_u
        local.tee $20
        i32x4.extend_low_i16x8_u
        local.set $23
        local.get $20
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $11
         i32.const 1
         i32.shl
         i32.add
         local.tee $38
         v128.load
         local.tee $20
         i32x4.extend_low_i16x8_u
         local.set $18
         local.get $20
         i32x4.extend_high_i16x8_u
         local.set $22
         local.get $38
         v128.load offset=16
         local.tee $20
         i32x4.extend_low_i16x8_u
         local.set $23
         local.get $20
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $11
          i32.const 2
          i32.shl
          i32.add
          local.tee $38
          v128.load
          local.set $18
          local.get $38
          v128.load offset=16
          local.set $22
          local.get $38
          v128.load offset=32
          local.set $23
          local.get $38
          v128.load offset=48
         else
          local.get $18
         end
        end
       end
       local.set $29
       local.get $25
       i32x4.extend_low_i16x8_s
       local.get $11
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $30
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $21
       local.get $27
       local.get $31
       i32.add
       local.tee $38
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $40
       if
        local.get $30
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $30
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $21
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $21
        local.get $20
        local.get $30
        local.get $18
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $20
       v128.bitselect
       v128.store
       local.get $38
       local.get $20
       v128.store offset=256
       local.get $25
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $25
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $20
       local.get $38
       local.get $22
       i32.const 1064
       v128.load32_splat
       local.get $40
       if
        local.get $25
        local.get $22
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $25
        local.get $22
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $20
        local.get $14
        select
        local.tee $22
        v128.or
        v128.andnot
        local.set $20
        local.get $18
        local.get $25
        local.get $22
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=16
       local.get $38
       local.get $18
       v128.store offset=272
       local.get $21
       local.get $20
       v128.or
       local.set $22
       local.get $28
       i32x4.extend_low_i16x8_s
       local.get $11
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $21
       local.get $38
       local.get $23
       i32.const 1064
       v128.load32_splat
       local.get $40
       if
        local.get $20
        local.get $23
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $23
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $21
        local.get $14
        select
        local.tee $23
        v128.or
        v128.andnot
        local.set $21
        local.get $18
        local.get $20
        local.get $23
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=32
       local.get $38
       local.get $18
       v128.store offset=288
       local.get $28
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $23
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $18
       local.get $40
       if
        local.get $23
        local.get $29
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $23
        local.get $29
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $18
        local.get $14
        select
        local.tee $25
        v128.or
        v128.andnot
        local.set $18
        local.get $20
        local.get $23
        local.get $25
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $38
       local.get $29
       i32.const 1064
       v128.load32_splat
       local.get $20
       v128.bitselect
       v128.store offset=48
       local.get $38
       local.get $20
       v128.store offset=304
       i32.const 0
       local.get $22
       local.get $21
       local.get $18
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.7
       drop
       local.get $31
       i32.const -64
       i32.sub
       local.set $31
       br $for-loop|1
      end
     end
     local.get $19
     local.set $20
     i32.const 1024
     v128.load32_splat
     local.set $19
     i32.const 1032
     v128.load32_splat
     local.set $25
     i32.const 1068
     v128.load32_splat
     local.set $28
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     i32.const 512
     i32.add
     local.set $31
     i32.const 0
     local.set $42
     loop $for-loop|2
      local.get $36
      local.get $42
      i32.gt_u
      if
       local.get $25
       local.tee $21
       local.tee $18
       local.set $22
       local.get $18
       local.set $23
       local.get $24
       local.get $39
       i32.add
       local.get $42
       i32.add
       local.set $41
       local.get $8
       local.get $42
       i32.add
       local.set $43
       i32.const 0
       local.set $11
       loop $for-loop|3
        local.get $9
        local.get $11
        i32.gt_s
        if
         local.get $41
         v128.load offset=16
         local.set $29
         local.get $41
         v128.load offset=32
         local.set $30
         local.get $41
         v128.load offset=48
         local.set $33
         local.get $43
         local.get $41
         v128.load
         local.tee $34
         v128.store
         local.get $43
         local.get $29
         v128.store offset=16
         local.get $43
         local.get $30
         v128.store offset=32
         local.get $43
         local.get $33
         v128.store offset=48
         local.get $20
         local.get $34
         local.get $28
         v128.and
         i32x4.max_u
         local.get $29
         local.get $28
         v128.and
         i32x4.max_u
         local.get $30
         local.get $28
         v128.and
         i32x4.max_u
         local.get $33
         local.get $28
         v128.and
         i32x4.max_u
         local.set $20
         local.get $21
         local.get $34
         f32x4.pmax
         local.set $21
         local.get $18
         local.get $29
         f32x4.pmax
         local.set $18
         local.get $22
         local.get $30
         f32x4.pmax
         local.set $22
         local.get $23
         local.get $33
         f32x4.pmax
         local.set $23
         local.get $1
         local.get $41
         i32.add
         local.set $41
         local.get $43
         i32.const 256
         i32.add
         local.set $43
         local.get $11
         i32.const 1
         i32.add
         local.set $11
         br $for-loop|3
        end
       end
       local.get $31
       local.get $42
       i32.add
       local.tee $0
       local.get $21
       v128.store
       local.get $0
       local.get $18
       v128.store offset=16
       local.get $0
       local.get $22
       v128.store offset=32
       local.get $0
       local.get $23
       v128.store offset=48
       local.get $42
       i32.const -64
       i32.sub
       local.set $42
       br $for-loop|2
      end
     end
     i32.const 1036
     v128.load32_splat
     local.set $30
     i32.const 1040
     v128.load32_splat
     local.set $35
     i32.const 1028
     v128.load32_splat
     local.set $34
     i32.const 1044
     v128.load32_splat
     local.set $29
     i32.const 1048
     v128.load32_splat
     local.set $28
     i32.const 1052
     v128.load32_splat
     local.set $25
     i32.const 1056
     v128.load32_splat
     local.set $23
     i32.const 1060
     v128.load32_splat
     local.set $44
     local.get $15
     f32x4.splat
     local.set $45
     local.get $16
     f32x4.splat
     local.set $46
     i32.const 0
     local.set $43
     loop $for-loop|4
      local.get $36
      local.get $43
      i32.gt_u
      if
       local.get $31
       local.get $43
       i32.add
       local.tee $0
       v128.load
       local.set $47
       local.get $0
       v128.load offset=16
       local.set $48
       local.get $19
       local.tee $18
       local.set $21
       local.get $8
       local.get $43
       i32.add
       local.set $0
       i32.const 0
       local.set $11
       loop $for-loop|5
        local.get $9
        local.get $11
        i32.gt_s
        if
         local.get $0
         v128.load offset=16
         local.get $48
         f32x4.sub
         local.get $45
         f32x4.mul
         local.get $46
         f32x4.mul
         local.tee $22
         local.get $35
         f32x4.add
         local.set $49
         local.get $0
         v128.load
         local.get $47
         f32x4.sub
         local.get $45
         f32x4.mul
         local.get $46
         f32x4.mul
         local.tee $50
         local.get $35
         f32x4.add
         local.set $51
         local.get $0
         local.get $44
         local.get $50
         local.get $51
         local.get $35
         f32x4.sub
         f32x4.sub
         local.tee $33
         f32x4.mul
         local.get $23
         f32x4.add
         local.get $33
         f32x4.mul
         local.get $25
         f32x4.add
         local.get $33
         f32x4.mul
         local.get $28
         f32x4.add
         local.get $33
         f32x4.mul
         local.get $29
         f32x4.add
         local.get $33
         f32x4.mul
         local.get $34
         f32x4.add
         local.get $51
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $50
         local.get $30
         f32x4.ge
         v128.and
         local.tee $33
         v128.store
         local.get $0
         local.get $44
         local.get $22
         local.get $49
         local.get $35
         f32x4.sub
         f32x4.sub
         local.tee $50
         f32x4.mul
         local.get $23
         f32x4.add
         local.get $50
         f32x4.mul
         local.get $25
         f32x4.add
         local.get $50
         f32x4.mul
         local.get $28
         f32x4.add
         local.get $50
         f32x4.mul
         local.get $29
         f32x4.add
         local.get $50
         f32x4.mul
         local.get $34
         f32x4.add
         local.get $49
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $22
         local.get $30
         f32x4.ge
         v128.and
         local.tee $22
         v128.store offset=16
         local.get $18
         local.get $33
         f32x4.add
         local.set $18
         local.get $21
         local.get $22
         f32x4.add
         local.set $21
         local.get $0
         i32.const 256
         i32.add
         local.set $0
         local.get $11
         i32.const 1
         i32.add
         local.set $11
         br $for-loop|5
        end
       end
       local.get $31
       local.get $43
       i32.add
       local.tee $0
       local.get $34
       local.get $18
       f32x4.div
       local.get $31
       i32.const 256
       i32.sub
       local.get $43
       i32.add
       local.tee $11
       v128.load
       v128.and
       v128.store
       local.get $0
       local.get $34
       local.get $21
       f32x4.div
       local.get $11
       v128.load offset=16
       v128.and
       v128.store offset=16
       local.get $43
       i32.const 32
       i32.add
       local.set $43
       br $for-loop|4
      end
     end
     local.get $20
     local.set $19
     i32.const 0
     local.set $41
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     local.set $23
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $0
     i32.const 256
     i32.add
     local.set $52
     local.get $0
     i32.const 512
     i32.add
     local.set $53
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $40
     local.get $8
     local.set $11
     local.get $24
     local.get $39
     i32.add
     local.set $42
     local.get $2
     local.get $39
     i32.add
     local.set $31
     local.get $4
     local.get $39
     i32.add
     local.set $0
     i32.const 0
     local.set $43
     loop $for-loop|6
      local.get $9
      local.get $43
      i32.gt_s
      if
       local.get $40
       v128.load
       local.set $22
       local.get $40
       v128.load offset=16
       local.set $20
       local.get $40
       v128.load offset=32
       local.set $21
       local.get $40
       v128.load offset=48
       local.set $18
       local.get $40
       v128.load offset=64
       drop
       local.get $40
       v128.load offset=80
       drop
       i32.const 0
       local.set $38
       loop $for-loop|7
        local.get $36
        local.get $38
        i32.gt_u
        if
         local.get $38
         local.get $52
         i32.add
         v128.load
         local.set $25
         local.get $11
         local.get $38
         i32.add
         v128.load
         local.get $38
         local.get $53
         i32.add
         v128.load
         f32x4.mul
         local.set $28
         local.get $2
         if
          local.get $31
          local.get $38
          i32.add
          local.get $28
          v128.store
         end
         local.get $22
         local.get $28
         f32x4.add
         local.set $22
         local.get $37
         local.get $0
         local.get $38
         i32.add
         v128.load
         local.tee $29
         i32x4.max_u
         local.set $37
         local.get $20
         local.get $29
         local.get $25
         v128.and
         local.tee $25
         f32x4.add
         local.set $20
         local.get $18
         local.get $25
         f32x4.pmax
         local.set $18
         local.get $21
         local.get $28
         local.get $25
         f32x4.sub
         local.get $23
         v128.and
         f32x4.add
         local.set $21
         local.get $38
         i32.const 16
         i32.add
         local.set $38
         br $for-loop|7
        end
       end
       local.get $40
       local.get $22
       v128.store
       local.get $40
       local.get $20
       v128.store offset=16
       local.get $40
       local.get $21
       v128.store offset=32
       local.get $40
       local.get $18
       v128.store offset=48
       local.get $40
       i32.const 96
       i32.add
       local.set $40
       local.get $11
       i32.const 256
       i32.add
       local.set $11
       local.get $1
       local.get $42
       i32.add
       local.set $42
       local.get $3
       local.get $31
       i32.add
       local.set $31
       local.get $0
       local.get $5
       i32.add
       local.set $0
       local.get $43
       i32.const 1
       i32.add
       local.set $43
       br $for-loop|6
      end
     end
     i32.const 0
     local.get $36
     local.get $39
     i32.add
     local.tee $0
     i32.const 511
     i32.and
     local.get $0
     local.get $32
     i32.eq
     local.tee $0
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $18
      loop $for-loop|8
       local.get $9
       local.get $41
       i32.gt_s
       if
        local.get $17
        local.get $41
        i32.const 6
        i32.shl
        i32.add
        local.tee $11
        local.get $11
        f64.load
        local.get $26
        local.get $41
        i32.const 96
        i32.mul
        i32.add
        local.tee $31
        v128.load
        local.tee $20
        f64x2.promote_low_f32x4
        local.get $20
        local.get $20
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $20
        f64x2.extract_lane 0
        local.get $20
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $11
        local.get $11
        f64.load offset=8
        local.get $31
        v128.load offset=16
        local.tee $20
        f64x2.promote_low_f32x4
        local.get $20
        local.get $20
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $20
        f64x2.extract_lane 0
        local.get $20
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $11
        local.get $11
        f64.load offset=16
        local.get $31
        v128.load offset=32
        local.tee $20
        f64x2.promote_low_f32x4
        local.get $20
        local.get $20
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $20
        f64x2.extract_lane 0
        local.get $20
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $31
        local.get $18
        v128.store
        local.get $31
        local.get $18
        v128.store offset=16
        local.get $31
        local.get $18
        v128.store offset=32
        local.get $0
        if
         local.get $11
         local.get $11
         f64.load offset=24
         local.get $31
         v128.load offset=48
         local.tee $20
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
        local.get $41
        i32.const 1
        i32.add
        local.set $41
        br $for-loop|8
       end
      end
     end
     local.get $39
     i32.const 256
     i32.add
     local.set $39
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $19
   i32x4.extract_lane 0
   local.tee $0
   local.get $19
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $19
   i32x4.extract_lane 2
   local.tee $1
   local.get $19
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.7
   drop
   local.get $37
   i32x4.extract_lane 0
   local.tee $0
   local.get $37
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $37
   i32x4.extract_lane 2
   local.tee $1
   local.get $37
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsSoftmaxHardN2Max (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (result i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  local.get $0
  local.set $21
  local.get $2
  local.set $22
  local.get $4
  local.set $23
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $35
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $36
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $31
  local.set $19
  local.get $11
  i32.const 2
  i32.shl
  local.set $32
  i32.const 0
  local.set $4
  block $wasm/assembly/loss/statsChunk|inlined.0 (result i32)
   loop $for-loop|0
    local.get $4
    local.get $32
    i32.lt_u
    if
     local.get $4
     i32.const 2
     i32.shr_u
     local.set $0
     i32.const 256
     local.get $32
     local.get $4
     i32.sub
     local.tee $2
     local.get $2
     i32.const 256
     i32.gt_u
     select
     local.set $39
     i32.const 0
     local.set $11
     loop $for-loop|1
      local.get $11
      local.get $39
      i32.lt_u
      if
       local.get $0
       local.get $11
       i32.const 2
       i32.shr_u
       i32.add
       local.set $2
       i32.const 1024
       v128.load32_splat
       local.set $18
       i32.const 1064
       v128.load32_splat
       local.set $20
       local.get $7
       if (result v128)
        local.get $2
        local.get $7
        i32.add
        v128.load
        local.get $18
        i8x16.eq
        v128.not
       else
        local.get $20
       end
       local.tee $24
       i16x8.extend_low_i8x16_s
       local.set $27
       local.get $18
       local.tee $20
       local.set $26
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $2
        local.get $6
        i32.add
        v128.load
        local.tee $20
        i16x8.extend_low_i8x16_u
        local.tee $25
        i32x4.extend_low_i16x8_u
        local.set $18
        local.get $20
        i16x8.extend_high_i8x16_u
        local.tee $26
        i32x4.extend_low_i16x8_u
        local.set $20
        local.get $26
        i32x4.extend_high_i16x8_u
        local.set $26
        local.get $25
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $2
         i32.const 1
         i32.shl
         i32.add
         local.tee $29
         v128.load
         local.tee $25
         i32x4.extend_low_i16x8_u
         local.set $18
         local.get $29
         v128.load offset=16
         local.tee $26
         i32x4.extend_low_i16x8_u
         local.set $20
         local.get $26
         i32x4.extend_high_i16x8_u
         local.set $26
         local.get $25
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $2
          i32.const 2
          i32.shl
          i32.add
          local.tee $29
          v128.load
          local.set $18
          local.get $29
          v128.load offset=32
          local.set $20
          local.get $29
          v128.load offset=48
          local.set $26
          local.get $29
          v128.load offset=16
         else
          local.get $18
         end
        end
       end
       local.set $40
       local.get $27
       i32x4.extend_low_i16x8_s
       local.get $2
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $41
       v128.and
       local.set $25
       i32.const 1024
       v128.load32_splat
       local.set $28
       local.get $11
       local.get $35
       i32.add
       local.tee $29
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $30
       if
        local.get $41
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $41
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $28
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $28
        local.get $25
        local.get $41
        local.get $18
        v128.andnot
        v128.and
        local.set $25
       end
       local.get $25
       v128.bitselect
       v128.store
       local.get $29
       local.get $25
       v128.store offset=256
       local.get $27
       i32x4.extend_high_i16x8_s
       local.get $2
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $25
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $27
       local.get $29
       local.get $40
       i32.const 1064
       v128.load32_splat
       local.get $30
       if
        local.get $25
        local.get $40
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $25
        local.get $40
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $27
        local.get $14
        select
        local.tee $40
        v128.or
        v128.andnot
        local.set $27
        local.get $18
        local.get $25
        local.get $40
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=16
       local.get $29
       local.get $18
       v128.store offset=272
       local.get $24
       i16x8.extend_high_i8x16_s
       local.tee $25
       i32x4.extend_low_i16x8_s
       local.get $2
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $40
       v128.and
       local.set $24
       i32.const 1024
       v128.load32_splat
       local.set $18
       local.get $29
       local.get $20
       i32.const 1064
       v128.load32_splat
       local.get $30
       if
        local.get $40
        local.get $20
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $40
        local.get $20
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $18
        local.get $14
        select
        local.tee $20
        v128.or
        v128.andnot
        local.set $18
        local.get $24
        local.get $40
        local.get $20
        v128.andnot
        v128.and
        local.set $24
       end
       local.get $24
       v128.bitselect
       v128.store offset=32
       local.get $29
       local.get $24
       v128.store offset=288
       local.get $18
       local.set $20
       local.get $25
       i32x4.extend_high_i16x8_s
       local.get $2
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $25
       v128.and
       local.set $24
       i32.const 1024
       v128.load32_splat
       local.set $18
       local.get $29
       local.get $26
       i32.const 1064
       v128.load32_splat
       local.get $30
       if
        local.get $25
        local.get $26
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $25
        local.get $26
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $18
        local.get $14
        select
        local.tee $26
        v128.or
        v128.andnot
        local.set $18
        local.get $24
        local.get $25
        local.get $26
        v128.andnot
        v128.and
        local.set $24
       end
       local.get $24
       v128.bitselect
       v128.store offset=48
       local.get $29
       local.get $24
       v128.store offset=304
       i32.const 0
       local.get $28
       local.get $27
       v128.or
       local.get $20
       local.get $18
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.0
       drop
       local.get $11
       i32.const -64
       i32.sub
       local.set $11
       br $for-loop|1
      end
     end
     i32.const 1024
     v128.load32_splat
     local.set $24
     i32.const 1032
     v128.load32_splat
     local.set $25
     i32.const 1068
     v128.load32_splat
     local.set $28
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     i32.const 512
     i32.add
     local.set $29
     i32.const 0
     local.set $0
     loop $for-loop|2
      local.get $0
      local.get $39
      i32.lt_u
      if
       local.get $25
       local.tee $18
       local.tee $20
       local.tee $26
       local.set $27
       local.get $4
       local.get $21
       i32.add
       local.get $0
       i32.add
       local.set $11
       local.get $0
       local.get $8
       i32.add
       local.set $2
       i32.const 0
       local.set $30
       loop $for-loop|3
        local.get $9
        local.get $30
        i32.gt_s
        if
         local.get $11
         v128.load offset=16
         local.set $40
         local.get $11
         v128.load offset=32
         local.set $41
         local.get $11
         v128.load offset=48
         local.set $42
         local.get $2
         local.get $11
         v128.load
         local.tee $43
         v128.store
         local.get $2
         local.get $40
         v128.store offset=16
         local.get $2
         local.get $41
         v128.store offset=32
         local.get $2
         local.get $42
         v128.store offset=48
         local.get $31
         local.get $43
         local.get $28
         v128.and
         i32x4.max_u
         local.get $40
         local.get $28
         v128.and
         i32x4.max_u
         local.get $41
         local.get $28
         v128.and
         i32x4.max_u
         local.get $42
         local.get $28
         v128.and
         i32x4.max_u
         local.set $31
         local.get $18
         local.get $43
         f32x4.pmax
         local.set $18
         local.get $20
         local.get $40
         f32x4.pmax
         local.set $20
         local.get $26
         local.get $41
         f32x4.pmax
         local.set $26
         local.get $27
         local.get $42
         f32x4.pmax
         local.set $27
         local.get $1
         local.get $11
         i32.add
         local.set $11
         local.get $2
         i32.const 256
         i32.add
         local.set $2
         local.get $30
         i32.const 1
         i32.add
         local.set $30
         br $for-loop|3
        end
       end
       local.get $0
       local.get $29
       i32.add
       local.tee $2
       local.get $18
       v128.store
       local.get $2
       local.get $20
       v128.store offset=16
       local.get $2
       local.get $26
       v128.store offset=32
       local.get $2
       local.get $27
       v128.store offset=48
       local.get $0
       i32.const -64
       i32.sub
       local.set $0
       br $for-loop|2
      end
     end
     i32.const 1036
     v128.load32_splat
     local.set $25
     i32.const 1040
     v128.load32_splat
     local.set $26
     i32.const 1028
     v128.load32_splat
     local.set $28
     i32.const 1044
     v128.load32_splat
     local.set $40
     i32.const 1048
     v128.load32_splat
     local.set $41
     i32.const 1052
     v128.load32_splat
     local.set $44
     i32.const 1056
     v128.load32_splat
     local.set $45
     i32.const 1060
     v128.load32_splat
     local.set $46
     local.get $15
     f32x4.splat
     local.set $47
     local.get $16
     f32x4.splat
     local.set $48
     i32.const 0
     local.set $11
     loop $for-loop|4
      local.get $11
      local.get $39
      i32.lt_u
      if
       local.get $11
       local.get $29
       i32.add
       local.tee $0
       v128.load
       local.set $49
       local.get $0
       v128.load offset=16
       local.set $20
       local.get $24
       local.tee $18
       local.set $27
       local.get $8
       local.get $11
       i32.add
       local.set $0
       i32.const 0
       local.set $2
       loop $for-loop|5
        local.get $2
        local.get $9
        i32.lt_s
        if
         local.get $0
         v128.load offset=16
         local.get $20
         f32x4.sub
         local.get $47
         f32x4.mul
         local.get $48
         f32x4.mul
         local.tee $42
         local.get $26
         f32x4.add
         local.set $50
         local.get $0
         v128.load
         local.get $49
         f32x4.sub
         local.get $47
         f32x4.mul
         local.get $48
         f32x4.mul
         local.tee $51
         local.get $26
         f32x4.add
         local.set $52
         local.get $0
         local.get $46
         local.get $51
         local.get $52
         local.get $26
         f32x4.sub
         f32x4.sub
         local.tee $43
         f32x4.mul
         local.get $45
         f32x4.add
         local.get $43
         f32x4.mul
         local.get $44
         f32x4.add
         local.get $43
         f32x4.mul
         local.get $41
         f32x4.add
         local.get $43
         f32x4.mul
         local.get $40
         f32x4.add
         local.get $43
         f32x4.mul
         local.get $28
         f32x4.add
         local.get $52
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $51
         local.get $25
         f32x4.ge
         v128.and
         local.tee $43
         v128.store
         local.get $0
         local.get $46
         local.get $42
         local.get $50
         local.get $26
         f32x4.sub
         f32x4.sub
         local.tee $51
         f32x4.mul
         local.get $45
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $44
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $41
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $40
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $28
         f32x4.add
         local.get $50
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $42
         local.get $25
         f32x4.ge
         v128.and
         local.tee $42
         v128.store offset=16
         local.get $18
         local.get $43
         f32x4.add
         local.set $18
         local.get $27
         local.get $42
         f32x4.add
         local.set $27
         local.get $0
         i32.const 256
         i32.add
         local.set $0
         local.get $2
         i32.const 1
         i32.add
         local.set $2
         br $for-loop|5
        end
       end
       local.get $11
       local.get $29
       i32.add
       local.tee $0
       local.get $28
       local.get $18
       f32x4.div
       local.get $29
       i32.const 256
       i32.sub
       local.get $11
       i32.add
       local.tee $2
       v128.load
       v128.and
       v128.store
       local.get $0
       local.get $28
       local.get $27
       f32x4.div
       local.get $2
       v128.load offset=16
       v128.and
       v128.store offset=16
       local.get $11
       i32.const 32
       i32.add
       local.set $11
       br $for-loop|4
      end
     end
     i32.const 1028
     v128.load32_splat
     local.set $24
     i32.const 1068
     v128.load32_splat
     drop
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $37
     i32.const 512
     i32.add
     local.set $38
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $0
     local.get $8
     local.set $2
     local.get $4
     local.get $21
     i32.add
     local.set $33
     local.get $4
     local.get $22
     i32.add
     local.set $30
     local.get $4
     local.get $23
     i32.add
     local.set $34
     local.get $19
     i32.const 0
     local.set $29
     loop $for-loop|6
      local.get $9
      local.get $29
      i32.gt_s
      if
       local.get $29
       i32x4.splat
       local.set $25
       local.get $0
       v128.load
       local.set $20
       local.get $0
       v128.load offset=16
       local.set $28
       local.get $0
       v128.load offset=32
       local.set $19
       local.get $0
       v128.load offset=48
       drop
       local.get $0
       v128.load offset=64
       local.set $27
       local.get $0
       v128.load offset=80
       local.set $26
       i32.const 0
       local.set $11
       loop $for-loop|7
        local.get $11
        local.get $39
        i32.lt_u
        if
         local.get $2
         local.get $11
         i32.add
         v128.load
         local.get $11
         local.get $38
         i32.add
         v128.load
         f32x4.mul
         local.set $40
         local.get $11
         local.get $37
         i32.add
         v128.load
         local.get $25
         i32x4.eq
         local.set $41
         local.get $22
         if
          local.get $11
          local.get $30
          i32.add
          local.get $40
          v128.store
         end
         local.get $40
         local.get $40
         f32x4.mul
         local.get $20
         f32x4.add
         local.set $20
         local.get $19
         local.get $40
         local.get $41
         v128.and
         f32x4.add
         local.set $19
         local.get $28
         local.get $41
         i32x4.sub
         local.set $28
         local.get $26
         local.get $40
         local.get $41
         local.get $24
         v128.and
         f32x4.add
         f32x4.pmax
         local.set $26
         local.get $27
         local.get $40
         f32x4.pmax
         local.set $27
         local.get $11
         i32.const 16
         i32.add
         local.set $11
         br $for-loop|7
        end
       end
       local.get $0
       local.get $20
       v128.store
       local.get $0
       local.get $28
       v128.store offset=16
       local.get $0
       local.get $19
       v128.store offset=32
       local.get $0
       local.get $27
       v128.store offset=64
       local.get $0
       local.get $26
       v128.store offset=80
       local.get $0
       i32.const 96
       i32.add
       local.set $0
       local.get $2
       i32.const 256
       i32.add
       local.set $2
       local.get $1
       local.get $33
       i32.add
       local.set $33
       local.get $3
       local.get $30
       i32.add
       local.set $30
       local.get $5
       local.get $34
       i32.add
       local.set $34
       local.get $29
       i32.const 1
       i32.add
       local.set $29
       br $for-loop|6
      end
     end
     local.set $19
     i32.const 0
     local.get $4
     local.get $39
     i32.add
     local.tee $0
     i32.const 511
     i32.and
     local.get $0
     local.get $32
     i32.eq
     local.tee $0
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $18
      i32.const 0
      local.set $2
      loop $for-loop|8
       local.get $2
       local.get $9
       i32.lt_s
       if
        local.get $17
        local.get $2
        i32.const 6
        i32.shl
        i32.add
        local.tee $11
        local.get $11
        f64.load
        local.get $36
        local.get $2
        i32.const 96
        i32.mul
        i32.add
        local.tee $29
        v128.load
        local.tee $20
        f64x2.promote_low_f32x4
        local.get $20
        local.get $20
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $20
        f64x2.extract_lane 0
        local.get $20
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $11
        local.get $11
        f64.load offset=8
        local.get $29
        v128.load offset=16
        local.tee $20
        f64x2.convert_low_i32x4_s
        local.get $20
        local.get $20
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.convert_low_i32x4_s
        f64x2.add
        local.tee $20
        f64x2.extract_lane 0
        local.get $20
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $11
        local.get $11
        f64.load offset=16
        local.get $29
        v128.load offset=32
        local.tee $20
        f64x2.promote_low_f32x4
        local.get $20
        local.get $20
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $20
        f64x2.extract_lane 0
        local.get $20
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $29
        local.get $18
        v128.store
        local.get $29
        local.get $18
        v128.store offset=16
        local.get $29
        local.get $18
        v128.store offset=32
        local.get $0
        if
         local.get $11
         local.get $11
         f64.load offset=32
         local.get $29
         v128.load offset=64
         local.tee $20
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
         f64.store offset=32
         local.get $11
         local.get $11
         f64.load offset=40
         local.get $29
         v128.load offset=80
         local.tee $20
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
         f64.store offset=40
        end
        local.get $2
        i32.const 1
        i32.add
        local.set $2
        br $for-loop|8
       end
      end
     end
     local.get $4
     i32.const 256
     i32.add
     local.set $4
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $31
   i32x4.extract_lane 0
   local.tee $0
   local.get $31
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $31
   i32x4.extract_lane 2
   local.tee $1
   local.get $31
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.0
   drop
   local.get $19
   i32x4.extract_lane 0
   local.tee $0
   local.get $19
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $19
   i32x4.extract_lane 2
   local.tee $1
   local.get $19
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsSoftmaxHardN2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (result i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 i32)
  (local $42 i32)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  local.get $0
  local.set $21
  local.get $7
  local.set $22
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $36
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $37
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $31
  local.set $26
  local.get $11
  i32.const 2
  i32.shl
  local.set $34
  i32.const 0
  local.set $7
  block $wasm/assembly/loss/statsChunk|inlined.1 (result i32)
   loop $for-loop|0
    local.get $7
    local.get $34
    i32.lt_u
    if
     local.get $7
     i32.const 2
     i32.shr_u
     local.set $0
     i32.const 256
     local.get $34
     local.get $7
     i32.sub
     local.tee $11
     local.get $11
     i32.const 256
     i32.gt_u
     select
     local.set $32
     i32.const 0
     local.set $11
     loop $for-loop|1
      local.get $11
      local.get $32
      i32.lt_u
      if
       local.get $0
       local.get $11
       i32.const 2
       i32.shr_u
       i32.add
       local.set $28
       i32.const 1024
       v128.load32_splat
       local.set $18
       i32.const 1064
       v128.load32_splat
       local.set $19
       local.get $22
       if (result v128)
        local.get $22
        local.get $28
        i32.add
        v128.load
        local.get $18
        i8x16.eq
        v128.not
       else
        local.get $19
       end
       local.tee $23
       i16x8.extend_low_i8x16_s
       local.set $25
       local.get $18
       local.tee $20
       local.set $19
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $28
        i32.add
        v128.load
        local.tee $19
        i16x8.extend_low_i8x16_u
        local.tee $24
        i32x4.extend_low_i16x8_u
        local.set $18
        local.get $19
        i16x8.extend_high_i8x16_u
        local.tee $19
        i32x4.extend_low_i16x8_u
        local.set $20
        local.get $19
        i32x4.extend_high_i16x8_u
        local.set $19
        local.get $24
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $28
         i32.const 1
         i32.shl
         i32.add
         local.tee $29
         v128.load
         local.tee $24
         i32x4.extend_low_i16x8_u
         local.set $18
         local.get $29
         v128.load offset=16
         local.tee $19
         i32x4.extend_low_i16x8_u
         local.set $20
         local.get $19
         i32x4.extend_high_i16x8_u
         local.set $19
         local.get $24
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $28
          i32.const 2
          i32.shl
          i32.add
          local.tee $29
          v128.load
          local.set $18
          local.get $29
          v128.load offset=32
          local.set $20
          local.get $29
          v128.load offset=48
          local.set $19
          local.get $29
          v128.load offset=16
         else
          local.get $18
         end
        end
       end
       local.set $38
       local.get $25
       i32x4.extend_low_i16x8_s
       local.get $28
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $39
       v128.and
       local.set $24
       i32.const 1024
       v128.load32_splat
       local.set $27
       local.get $11
       local.get $36
       i32.add
       local.tee $29
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $30
       if
        local.get $39
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $39
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $27
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $27
        local.get $24
        local.get $39
        local.get $18
        v128.andnot
        v128.and
        local.set $24
       end
       local.get $24
       v128.bitselect
       v128.store
       local.get $29
       local.get $24
       v128.store offset=256
       local.get $25
       i32x4.extend_high_i16x8_s
       local.get $28
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $24
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $25
       local.get $29
       local.get $38
       i32.const 1064
       v128.load32_splat
       local.get $30
       if
        local.get $24
        local.get $38
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $24
        local.get $38
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $25
        local.get $14
        select
        local.tee $38
        v128.or
        v128.andnot
        local.set $25
        local.get $18
        local.get $24
        local.get $38
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=16
       local.get $29
       local.get $18
       v128.store offset=272
       local.get $23
       i16x8.extend_high_i8x16_s
       local.tee $24
       i32x4.extend_low_i16x8_s
       local.get $28
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $38
       v128.and
       local.set $23
       i32.const 1024
       v128.load32_splat
       local.set $18
       local.get $29
       local.get $20
       i32.const 1064
       v128.load32_splat
       local.get $30
       if
        local.get $38
        local.get $20
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $38
        local.get $20
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $18
        local.get $14
        select
        local.tee $20
        v128.or
        v128.andnot
        local.set $18
        local.get $23
        local.get $38
        local.get $20
        v128.andnot
        v128.and
        local.set $23
       end
       local.get $23
       v128.bitselect
       v128.store offset=32
       local.get $29
       local.get $23
       v128.store offset=288
       local.get $18
       local.set $20
       local.get $24
       i32x4.extend_high_i16x8_s
       local.get $28
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $24
       v128.and
       local.set $23
       i32.const 1024
       v128.load32_splat
       local.set $18
       local.get $29
       local.get $19
       i32.const 1064
       v128.load32_splat
       local.get $30
       if
        local.get $24
        local.get $19
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $24
        local.get $19
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $18
        local.get $14
        select
        local.tee $19
        v128.or
        v128.andnot
        local.set $18
        local.get $23
        local.get $24
        local.get $19
        v128.andnot
        v128.and
        local.set $23
       end
       local.get $23
       v128.bitselect
       v128.store offset=48
       local.get $29
       local.get $23
       v128.store offset=304
       i32.const 0
       local.get $27
       local.get $25
       v128.or
       local.get $20
       local.get $18
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.1
       drop
       local.get $11
       i32.const -64
       i32.sub
       local.set $11
       br $for-loop|1
      end
     end
     i32.const 1024
     v128.load32_splat
     local.set $23
     i32.const 1032
     v128.load32_splat
     local.set $24
     i32.const 1068
     v128.load32_splat
     local.set $27
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     i32.const 512
     i32.add
     local.set $29
     i32.const 0
     local.set $0
     loop $for-loop|2
      local.get $0
      local.get $32
      i32.lt_u
      if
       local.get $24
       local.tee $18
       local.set $20
       local.get $18
       local.tee $19
       local.set $25
       local.get $7
       local.get $21
       i32.add
       local.get $0
       i32.add
       local.set $11
       local.get $0
       local.get $8
       i32.add
       local.set $28
       i32.const 0
       local.set $30
       loop $for-loop|3
        local.get $9
        local.get $30
        i32.gt_s
        if
         local.get $11
         v128.load offset=16
         local.set $38
         local.get $11
         v128.load offset=32
         local.set $39
         local.get $11
         v128.load offset=48
         local.set $40
         local.get $28
         local.get $11
         v128.load
         local.tee $43
         v128.store
         local.get $28
         local.get $38
         v128.store offset=16
         local.get $28
         local.get $39
         v128.store offset=32
         local.get $28
         local.get $40
         v128.store offset=48
         local.get $31
         local.get $43
         local.get $27
         v128.and
         i32x4.max_u
         local.get $38
         local.get $27
         v128.and
         i32x4.max_u
         local.get $39
         local.get $27
         v128.and
         i32x4.max_u
         local.get $40
         local.get $27
         v128.and
         i32x4.max_u
         local.set $31
         local.get $18
         local.get $43
         f32x4.pmax
         local.set $18
         local.get $20
         local.get $38
         f32x4.pmax
         local.set $20
         local.get $19
         local.get $39
         f32x4.pmax
         local.set $19
         local.get $25
         local.get $40
         f32x4.pmax
         local.set $25
         local.get $1
         local.get $11
         i32.add
         local.set $11
         local.get $28
         i32.const 256
         i32.add
         local.set $28
         local.get $30
         i32.const 1
         i32.add
         local.set $30
         br $for-loop|3
        end
       end
       local.get $0
       local.get $29
       i32.add
       local.tee $11
       local.get $18
       v128.store
       local.get $11
       local.get $20
       v128.store offset=16
       local.get $11
       local.get $19
       v128.store offset=32
       local.get $11
       local.get $25
       v128.store offset=48
       local.get $0
       i32.const -64
       i32.sub
       local.set $0
       br $for-loop|2
      end
     end
     i32.const 1036
     v128.load32_splat
     local.set $43
     i32.const 1040
     v128.load32_splat
     local.set $44
     i32.const 1028
     v128.load32_splat
     local.set $45
     i32.const 1044
     v128.load32_splat
     local.set $46
     i32.const 1048
     v128.load32_splat
     local.set $47
     i32.const 1052
     v128.load32_splat
     local.set $48
     i32.const 1056
     v128.load32_splat
     local.set $49
     i32.const 1060
     v128.load32_splat
     local.set $19
     local.get $15
     f32x4.splat
     local.set $20
     local.get $16
     f32x4.splat
     local.set $24
     i32.const 0
     local.set $11
     loop $for-loop|4
      local.get $11
      local.get $32
      i32.lt_u
      if
       local.get $11
       local.get $29
       i32.add
       local.tee $0
       v128.load
       local.set $27
       local.get $0
       v128.load offset=16
       local.set $38
       local.get $23
       local.tee $18
       local.set $25
       local.get $8
       local.get $11
       i32.add
       local.set $0
       i32.const 0
       local.set $28
       loop $for-loop|5
        local.get $9
        local.get $28
        i32.gt_s
        if
         local.get $0
         v128.load offset=16
         local.get $38
         f32x4.sub
         local.get $20
         f32x4.mul
         local.get $24
         f32x4.mul
         local.tee $50
         local.get $44
         f32x4.add
         local.set $39
         local.get $0
         v128.load
         local.get $27
         f32x4.sub
         local.get $20
         f32x4.mul
         local.get $24
         f32x4.mul
         local.tee $51
         local.get $44
         f32x4.add
         local.set $40
         local.get $0
         local.get $19
         local.get $51
         local.get $40
         local.get $44
         f32x4.sub
         f32x4.sub
         local.tee $52
         f32x4.mul
         local.get $49
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $48
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $47
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $46
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $45
         f32x4.add
         local.get $40
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $51
         local.get $43
         f32x4.ge
         v128.and
         local.tee $40
         v128.store
         local.get $0
         local.get $19
         local.get $50
         local.get $39
         local.get $44
         f32x4.sub
         f32x4.sub
         local.tee $51
         f32x4.mul
         local.get $49
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $48
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $47
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $46
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $45
         f32x4.add
         local.get $39
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $50
         local.get $43
         f32x4.ge
         v128.and
         local.tee $39
         v128.store offset=16
         local.get $18
         local.get $40
         f32x4.add
         local.set $18
         local.get $25
         local.get $39
         f32x4.add
         local.set $25
         local.get $0
         i32.const 256
         i32.add
         local.set $0
         local.get $28
         i32.const 1
         i32.add
         local.set $28
         br $for-loop|5
        end
       end
       local.get $11
       local.get $29
       i32.add
       local.tee $0
       local.get $45
       local.get $18
       f32x4.div
       local.get $29
       i32.const 256
       i32.sub
       local.get $11
       i32.add
       local.tee $28
       v128.load
       v128.and
       v128.store
       local.get $0
       local.get $45
       local.get $25
       f32x4.div
       local.get $28
       v128.load offset=16
       v128.and
       v128.store offset=16
       local.get $11
       i32.const 32
       i32.add
       local.set $11
       br $for-loop|4
      end
     end
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     drop
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $41
     i32.const 512
     i32.add
     local.set $42
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $28
     local.get $8
     local.set $11
     local.get $7
     local.get $21
     i32.add
     local.set $29
     local.get $2
     local.get $7
     i32.add
     local.set $35
     local.get $4
     local.get $7
     i32.add
     local.set $0
     i32.const 0
     local.set $33
     loop $for-loop|6
      local.get $9
      local.get $33
      i32.gt_s
      if
       local.get $33
       i32x4.splat
       local.set $18
       local.get $28
       v128.load
       local.set $25
       local.get $28
       v128.load offset=16
       local.set $27
       local.get $28
       v128.load offset=32
       local.set $19
       local.get $28
       v128.load offset=48
       drop
       local.get $28
       v128.load offset=64
       drop
       local.get $28
       v128.load offset=80
       drop
       i32.const 0
       local.set $30
       loop $for-loop|7
        local.get $30
        local.get $32
        i32.lt_u
        if
         local.get $11
         local.get $30
         i32.add
         v128.load
         local.get $30
         local.get $42
         i32.add
         v128.load
         f32x4.mul
         local.set $20
         local.get $30
         local.get $41
         i32.add
         v128.load
         local.get $18
         i32x4.eq
         local.set $23
         local.get $2
         if
          local.get $30
          local.get $35
          i32.add
          local.get $20
          v128.store
         end
         local.get $20
         local.get $20
         f32x4.mul
         local.get $25
         f32x4.add
         local.set $25
         local.get $19
         local.get $20
         local.get $23
         v128.and
         f32x4.add
         local.set $19
         local.get $27
         local.get $23
         i32x4.sub
         local.set $27
         local.get $30
         i32.const 16
         i32.add
         local.set $30
         br $for-loop|7
        end
       end
       local.get $28
       local.get $25
       v128.store
       local.get $28
       local.get $27
       v128.store offset=16
       local.get $28
       local.get $19
       v128.store offset=32
       local.get $28
       i32.const 96
       i32.add
       local.set $28
       local.get $11
       i32.const 256
       i32.add
       local.set $11
       local.get $1
       local.get $29
       i32.add
       local.set $29
       local.get $3
       local.get $35
       i32.add
       local.set $35
       local.get $0
       local.get $5
       i32.add
       local.set $0
       local.get $33
       i32.const 1
       i32.add
       local.set $33
       br $for-loop|6
      end
     end
     local.get $7
     local.get $32
     i32.add
     local.tee $0
     i32.const 511
     i32.and
     i32.const 0
     local.get $0
     local.get $34
     i32.ne
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $18
      i32.const 0
      local.set $11
      loop $for-loop|8
       local.get $9
       local.get $11
       i32.gt_s
       if
        local.get $17
        local.get $11
        i32.const 6
        i32.shl
        i32.add
        local.tee $0
        local.get $0
        f64.load
        local.get $37
        local.get $11
        i32.const 96
        i32.mul
        i32.add
        local.tee $28
        v128.load
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $0
        local.get $0
        f64.load offset=8
        local.get $28
        v128.load offset=16
        local.tee $19
        f64x2.convert_low_i32x4_s
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.convert_low_i32x4_s
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $0
        local.get $0
        f64.load offset=16
        local.get $28
        v128.load offset=32
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $28
        local.get $18
        v128.store
        local.get $28
        local.get $18
        v128.store offset=16
        local.get $28
        local.get $18
        v128.store offset=32
        local.get $11
        i32.const 1
        i32.add
        local.set $11
        br $for-loop|8
       end
      end
     end
     local.get $7
     i32.const 256
     i32.add
     local.set $7
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $31
   i32x4.extract_lane 0
   local.tee $0
   local.get $31
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $31
   i32x4.extract_lane 2
   local.tee $1
   local.get $31
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.1
   drop
   local.get $26
   i32x4.extract_lane 0
   local.tee $0
   local.get $26
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $26
   i32x4.extract_lane 2
   local.tee $1
   local.get $26
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsSoftmaxHardN1Max (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (result i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 i32)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 i32)
  (local $36 v128)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 i32)
  (local $52 i32)
  local.get $0
  local.set $24
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $27
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $26
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $19
  local.set $36
  local.get $11
  i32.const 2
  i32.shl
  local.set $31
  block $wasm/assembly/loss/statsChunk|inlined.2 (result i32)
   loop $for-loop|0
    local.get $31
    local.get $38
    i32.gt_u
    if
     local.get $38
     i32.const 2
     i32.shr_u
     local.set $0
     i32.const 256
     local.get $31
     local.get $38
     i32.sub
     local.tee $11
     local.get $11
     i32.const 256
     i32.gt_u
     select
     local.set $35
     i32.const 0
     local.set $42
     loop $for-loop|1
      local.get $35
      local.get $42
      i32.gt_u
      if
       local.get $0
       local.get $42
       i32.const 2
       i32.shr_u
       i32.add
       local.set $11
       i32.const 1024
       v128.load32_splat
       local.set $18
       i32.const 1064
       v128.load32_splat
       local.set $20
       local.get $7
       if
        local.get $7
        local.get $11
        i32.add
        v128.load
        local.get $18
        i8x16.eq
        v128.not
        local.set $20
       end
       local.get $20
       i16x8.extend_low_i8x16_s
       local.set $25
       local.get $20
       i16x8.extend_high_i8x16_s
       local.set $28
       local.get $18
       local.tee $22
       local.set $23
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $11
        i32.add
        v128.load
        local.tee $20
        i16x8.extend_low_i8x16_u
        local.tee $21
        i32x4.extend_low_i16x8_u
        local.set $18
        local.get $21
        i32x4.extend_high_i16x8_u
        local.set $22
        local.get $20
        i16x8.extend_high_i8x16_u
        local.tee $20
        i32x4.extend_low_i16x8_u
        local.set $23
        local.get $20
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $11
         i32.const 1
         i32.shl
         i32.add
         local.tee $37
         v128.load
         local.tee $20
         i32x4.extend_low_i16x8_u
         local.set $18
         local.get $20
         i32x4.extend_high_i16x8_u
         local.set $22
         local.get $37
         v128.load offset=16
         local.tee $20
         i32x4.extend_low_i16x8_u
         local.set $23
         local.get $20
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $11
          i32.const 2
          i32.shl
          i32.add
          local.tee $37
          v128.load
          local.set $18
          local.get $37
          v128.load offset=16
          local.set $22
          local.get $37
          v128.load offset=32
          local.set $23
          local.get $37
          v128.load offset=48
         else
          local.get $18
         end
        end
       end
       local.set $29
       local.get $25
       i32x4.extend_low_i16x8_s
       local.get $11
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $30
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $21
       local.get $27
       local.get $42
       i32.add
       local.tee $37
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $39
       if
        local.get $30
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $30
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $21
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $21
        local.get $20
        local.get $30
        local.get $18
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $20
       v128.bitselect
       v128.store
       local.get $37
       local.get $20
       v128.store offset=256
       local.get $25
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $25
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $20
       local.get $37
       local.get $22
       i32.const 1064
       v128.load32_splat
       local.get $39
       if
        local.get $25
        local.get $22
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $25
        local.get $22
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $20
        local.get $14
        select
        local.tee $22
        v128.or
        v128.andnot
        local.set $20
        local.get $18
        local.get $25
        local.get $22
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=16
       local.get $37
       local.get $18
       v128.store offset=272
       local.get $21
       local.get $20
       v128.or
       local.set $22
       local.get $28
       i32x4.extend_low_i16x8_s
       local.get $11
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $21
       local.get $37
       local.get $23
       i32.const 1064
       v128.load32_splat
       local.get $39
       if
        local.get $20
        local.get $23
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $23
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $21
        local.get $14
        select
        local.tee $23
        v128.or
        v128.andnot
        local.set $21
        local.get $18
        local.get $20
        local.get $23
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=32
       local.get $37
       local.get $18
       v128.store offset=288
       local.get $28
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $23
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $18
       local.get $39
       if
        local.get $23
        local.get $29
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $23
        local.get $29
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $18
        local.get $14
        select
        local.tee $25
        v128.or
        v128.andnot
        local.set $18
        local.get $20
        local.get $23
        local.get $25
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $37
       local.get $29
       i32.const 1064
       v128.load32_splat
       local.get $20
       v128.bitselect
       v128.store offset=48
       local.get $37
       local.get $20
       v128.store offset=304
       i32.const 0
       local.get $22
       local.get $21
       local.get $18
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.2
       drop
       local.get $42
       i32.const -64
       i32.sub
       local.set $42
       br $for-loop|1
      end
     end
     local.get $19
     local.set $20
     i32.const 1024
     v128.load32_splat
     local.set $19
     i32.const 1032
     v128.load32_splat
     local.set $25
     i32.const 1068
     v128.load32_splat
     local.set $28
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     i32.const 512
     i32.add
     local.set $37
     i32.const 0
     local.set $41
     loop $for-loop|2
      local.get $35
      local.get $41
      i32.gt_u
      if
       local.get $25
       local.tee $21
       local.tee $18
       local.set $22
       local.get $18
       local.set $23
       local.get $24
       local.get $38
       i32.add
       local.get $41
       i32.add
       local.set $0
       local.get $8
       local.get $41
       i32.add
       local.set $40
       i32.const 0
       local.set $11
       loop $for-loop|3
        local.get $9
        local.get $11
        i32.gt_s
        if
         local.get $0
         v128.load offset=16
         local.set $29
         local.get $0
         v128.load offset=32
         local.set $30
         local.get $0
         v128.load offset=48
         local.set $32
         local.get $40
         local.get $0
         v128.load
         local.tee $33
         v128.store
         local.get $40
         local.get $29
         v128.store offset=16
         local.get $40
         local.get $30
         v128.store offset=32
         local.get $40
         local.get $32
         v128.store offset=48
         local.get $20
         local.get $33
         local.get $28
         v128.and
         i32x4.max_u
         local.get $29
         local.get $28
         v128.and
         i32x4.max_u
         local.get $30
         local.get $28
         v128.and
         i32x4.max_u
         local.get $32
         local.get $28
         v128.and
         i32x4.max_u
         local.set $20
         local.get $21
         local.get $33
         f32x4.pmax
         local.set $21
         local.get $18
         local.get $29
         f32x4.pmax
         local.set $18
         local.get $22
         local.get $30
         f32x4.pmax
         local.set $22
         local.get $23
         local.get $32
         f32x4.pmax
         local.set $23
         local.get $0
         local.get $1
         i32.add
         local.set $0
         local.get $40
         i32.const 256
         i32.add
         local.set $40
         local.get $11
         i32.const 1
         i32.add
         local.set $11
         br $for-loop|3
        end
       end
       local.get $37
       local.get $41
       i32.add
       local.tee $0
       local.get $21
       v128.store
       local.get $0
       local.get $18
       v128.store offset=16
       local.get $0
       local.get $22
       v128.store offset=32
       local.get $0
       local.get $23
       v128.store offset=48
       local.get $41
       i32.const -64
       i32.sub
       local.set $41
       br $for-loop|2
      end
     end
     i32.const 1036
     v128.load32_splat
     local.set $30
     i32.const 1040
     v128.load32_splat
     local.set $34
     i32.const 1028
     v128.load32_splat
     local.set $33
     i32.const 1044
     v128.load32_splat
     local.set $29
     i32.const 1048
     v128.load32_splat
     local.set $28
     i32.const 1052
     v128.load32_splat
     local.set $25
     i32.const 1056
     v128.load32_splat
     local.set $23
     i32.const 1060
     v128.load32_splat
     local.set $43
     local.get $15
     f32x4.splat
     local.set $44
     local.get $16
     f32x4.splat
     local.set $45
     i32.const 0
     local.set $40
     loop $for-loop|4
      local.get $35
      local.get $40
      i32.gt_u
      if
       local.get $37
       local.get $40
       i32.add
       local.tee $0
       v128.load
       local.set $46
       local.get $0
       v128.load offset=16
       local.set $47
       local.get $19
       local.tee $18
       local.set $21
       local.get $8
       local.get $40
       i32.add
       local.set $0
       i32.const 0
       local.set $11
       loop $for-loop|5
        local.get $9
        local.get $11
        i32.gt_s
        if
         local.get $0
         v128.load offset=16
         local.get $47
         f32x4.sub
         local.get $44
         f32x4.mul
         local.get $45
         f32x4.mul
         local.tee $22
         local.get $34
         f32x4.add
         local.set $48
         local.get $0
         v128.load
         local.get $46
         f32x4.sub
         local.get $44
         f32x4.mul
         local.get $45
         f32x4.mul
         local.tee $49
         local.get $34
         f32x4.add
         local.set $50
         local.get $0
         local.get $43
         local.get $49
         local.get $50
         local.get $34
         f32x4.sub
         f32x4.sub
         local.tee $32
         f32x4.mul
         local.get $23
         f32x4.add
         local.get $32
         f32x4.mul
         local.get $25
         f32x4.add
         local.get $32
         f32x4.mul
         local.get $28
         f32x4.add
         local.get $32
         f32x4.mul
         local.get $29
         f32x4.add
         local.get $32
         f32x4.mul
         local.get $33
         f32x4.add
         local.get $50
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $49
         local.get $30
         f32x4.ge
         v128.and
         local.tee $32
         v128.store
         local.get $0
         local.get $43
         local.get $22
         local.get $48
         local.get $34
         f32x4.sub
         f32x4.sub
         local.tee $49
         f32x4.mul
         local.get $23
         f32x4.add
         local.get $49
         f32x4.mul
         local.get $25
         f32x4.add
         local.get $49
         f32x4.mul
         local.get $28
         f32x4.add
         local.get $49
         f32x4.mul
         local.get $29
         f32x4.add
         local.get $49
         f32x4.mul
         local.get $33
         f32x4.add
         local.get $48
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $22
         local.get $30
         f32x4.ge
         v128.and
         local.tee $22
         v128.store offset=16
         local.get $18
         local.get $32
         f32x4.add
         local.set $18
         local.get $21
         local.get $22
         f32x4.add
         local.set $21
         local.get $0
         i32.const 256
         i32.add
         local.set $0
         local.get $11
         i32.const 1
         i32.add
         local.set $11
         br $for-loop|5
        end
       end
       local.get $37
       local.get $40
       i32.add
       local.tee $0
       local.get $33
       local.get $18
       f32x4.div
       local.get $37
       i32.const 256
       i32.sub
       local.get $40
       i32.add
       local.tee $11
       v128.load
       v128.and
       v128.store
       local.get $0
       local.get $33
       local.get $21
       f32x4.div
       local.get $11
       v128.load offset=16
       v128.and
       v128.store offset=16
       local.get $40
       i32.const 32
       i32.add
       local.set $40
       br $for-loop|4
      end
     end
     local.get $20
     local.set $19
     i32.const 1028
     v128.load32_splat
     local.set $25
     i32.const 1068
     v128.load32_splat
     drop
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $51
     i32.const 512
     i32.add
     local.set $52
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $39
     local.get $8
     local.set $11
     local.get $24
     local.get $38
     i32.add
     local.set $41
     local.get $2
     local.get $38
     i32.add
     local.set $40
     local.get $4
     local.get $38
     i32.add
     local.set $42
     i32.const 0
     local.set $0
     loop $for-loop|6
      local.get $0
      local.get $9
      i32.lt_s
      if
       local.get $0
       i32x4.splat
       local.set $28
       local.get $39
       v128.load
       local.set $20
       local.get $39
       v128.load offset=16
       local.set $23
       local.get $39
       v128.load offset=32
       local.set $21
       local.get $39
       v128.load offset=48
       drop
       local.get $39
       v128.load offset=64
       local.set $22
       local.get $39
       v128.load offset=80
       local.set $18
       i32.const 0
       local.set $37
       loop $for-loop|7
        local.get $35
        local.get $37
        i32.gt_u
        if
         local.get $11
         local.get $37
         i32.add
         v128.load
         local.get $37
         local.get $52
         i32.add
         v128.load
         f32x4.mul
         local.set $29
         local.get $37
         local.get $51
         i32.add
         v128.load
         local.get $28
         i32x4.eq
         local.set $30
         local.get $2
         if
          local.get $37
          local.get $40
          i32.add
          local.get $29
          v128.store
         end
         local.get $20
         local.get $29
         f32x4.add
         local.set $20
         local.get $23
         local.get $30
         i32x4.sub
         local.set $23
         local.get $21
         local.get $29
         local.get $30
         v128.and
         f32x4.add
         local.set $21
         local.get $22
         local.get $29
         f32x4.pmax
         local.set $22
         local.get $18
         local.get $29
         local.get $30
         local.get $25
         v128.and
         f32x4.add
         f32x4.pmax
         local.set $18
         local.get $37
         i32.const 16
         i32.add
         local.set $37
         br $for-loop|7
        end
       end
       local.get $39
       local.get $20
       v128.store
       local.get $39
       local.get $23
       v128.store offset=16
       local.get $39
       local.get $21
       v128.store offset=32
       local.get $39
       local.get $22
       v128.store offset=64
       local.get $39
       local.get $18
       v128.store offset=80
       local.get $39
       i32.const 96
       i32.add
       local.set $39
       local.get $11
       i32.const 256
       i32.add
       local.set $11
       local.get $1
       local.get $41
       i32.add
       local.set $41
       local.get $3
       local.get $40
       i32.add
       local.set $40
       local.get $5
       local.get $42
       i32.add
       local.set $42
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|6
      end
     end
     i32.const 0
     local.get $35
     local.get $38
     i32.add
     local.tee $0
     i32.const 511
     i32.and
     local.get $0
     local.get $31
     i32.eq
     local.tee $11
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $18
      i32.const 0
      local.set $0
      loop $for-loop|8
       local.get $0
       local.get $9
       i32.lt_s
       if
        local.get $17
        local.get $0
        i32.const 6
        i32.shl
        i32.add
        local.tee $35
        local.get $35
        f64.load
        local.get $26
        local.get $0
        i32.const 96
        i32.mul
        i32.add
        local.tee $37
        v128.load
        local.tee $20
        f64x2.promote_low_f32x4
        local.get $20
        local.get $20
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $20
        f64x2.extract_lane 0
        local.get $20
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $35
        local.get $35
        f64.load offset=8
        local.get $37
        v128.load offset=16
        local.tee $20
        f64x2.convert_low_i32x4_s
        local.get $20
        local.get $20
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.convert_low_i32x4_s
        f64x2.add
        local.tee $20
        f64x2.extract_lane 0
        local.get $20
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $35
        local.get $35
        f64.load offset=16
        local.get $37
        v128.load offset=32
        local.tee $20
        f64x2.promote_low_f32x4
        local.get $20
        local.get $20
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $20
        f64x2.extract_lane 0
        local.get $20
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $37
        local.get $18
        v128.store
        local.get $37
        local.get $18
        v128.store offset=16
        local.get $37
        local.get $18
        v128.store offset=32
        local.get $11
        if
         local.get $35
         local.get $35
         f64.load offset=32
         local.get $37
         v128.load offset=64
         local.tee $20
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
         f64.store offset=32
         local.get $35
         local.get $35
         f64.load offset=40
         local.get $37
         v128.load offset=80
         local.tee $20
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
         f64.store offset=40
        end
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|8
       end
      end
     end
     local.get $38
     i32.const 256
     i32.add
     local.set $38
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $19
   i32x4.extract_lane 0
   local.tee $0
   local.get $19
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $19
   i32x4.extract_lane 2
   local.tee $1
   local.get $19
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.2
   drop
   local.get $36
   i32x4.extract_lane 0
   local.tee $0
   local.get $36
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $36
   i32x4.extract_lane 2
   local.tee $1
   local.get $36
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsSoftmaxHardN1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (result i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 v128)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 i32)
  (local $42 i32)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  local.get $0
  local.set $24
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $35
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $36
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $21
  local.set $32
  local.get $11
  i32.const 2
  i32.shl
  local.set $34
  block $wasm/assembly/loss/statsChunk|inlined.3 (result i32)
   loop $for-loop|0
    local.get $29
    local.get $34
    i32.lt_u
    if
     local.get $29
     i32.const 2
     i32.shr_u
     local.set $0
     i32.const 256
     local.get $34
     local.get $29
     i32.sub
     local.tee $11
     local.get $11
     i32.const 256
     i32.gt_u
     select
     local.set $33
     i32.const 0
     local.set $26
     loop $for-loop|1
      local.get $26
      local.get $33
      i32.lt_u
      if
       local.get $0
       local.get $26
       i32.const 2
       i32.shr_u
       i32.add
       local.set $11
       i32.const 1024
       v128.load32_splat
       local.set $18
       i32.const 1064
       v128.load32_splat
       local.set $19
       local.get $7
       if
        local.get $7
        local.get $11
        i32.add
        v128.load
        local.get $18
        i8x16.eq
        v128.not
        local.set $19
       end
       local.get $19
       i16x8.extend_low_i8x16_s
       local.set $20
       local.get $19
       i16x8.extend_high_i8x16_s
       local.set $37
       local.get $18
       local.tee $23
       local.set $22
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $11
        i32.add
        v128.load
        local.tee $19
        i16x8.extend_low_i8x16_u
        local.tee $22
        i32x4.extend_low_i16x8_u
        local.set $18
        local.get $22
        i32x4.extend_high_i16x8_u
        local.set $23
        local.get $19
        i16x8.extend_high_i8x16_u
        local.tee $19
        i32x4.extend_low_i16x8_u
        local.set $22
        local.get $19
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $11
         i32.const 1
         i32.shl
         i32.add
         local.tee $27
         v128.load
         local.tee $19
         i32x4.extend_low_i16x8_u
         local.set $18
         local.get $19
         i32x4.extend_high_i16x8_u
         local.set $23
         local.get $27
         v128.load offset=16
         local.tee $19
         i32x4.extend_low_i16x8_u
         local.set $22
         local.get $19
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $11
          i32.const 2
          i32.shl
          i32.add
          local.tee $27
          v128.load
          local.set $18
          local.get $27
          v128.load offset=16
          local.set $23
          local.get $27
          v128.load offset=32
          local.set $22
          local.get $27
          v128.load offset=48
         else
          local.get $18
         end
        end
       end
       local.set $38
       local.get $20
       i32x4.extend_low_i16x8_s
       local.get $11
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $39
       v128.and
       local.set $19
       i32.const 1024
       v128.load32_splat
       local.set $25
       local.get $26
       local.get $35
       i32.add
       local.tee $27
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $28
       if
        local.get $39
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $39
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $25
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $25
        local.get $19
        local.get $39
        local.get $18
        v128.andnot
        v128.and
        local.set $19
       end
       local.get $19
       v128.bitselect
       v128.store
       local.get $27
       local.get $19
       v128.store offset=256
       local.get $20
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $19
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $20
       local.get $27
       local.get $23
       i32.const 1064
       v128.load32_splat
       local.get $28
       if
        local.get $19
        local.get $23
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $19
        local.get $23
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $20
        local.get $14
        select
        local.tee $23
        v128.or
        v128.andnot
        local.set $20
        local.get $18
        local.get $19
        local.get $23
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=16
       local.get $27
       local.get $18
       v128.store offset=272
       local.get $25
       local.get $20
       v128.or
       local.set $23
       local.get $37
       i32x4.extend_low_i16x8_s
       local.get $11
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $27
       local.get $22
       i32.const 1064
       v128.load32_splat
       local.get $28
       if
        local.get $20
        local.get $22
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $22
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $22
        v128.or
        v128.andnot
        local.set $19
        local.get $18
        local.get $20
        local.get $22
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=32
       local.get $27
       local.get $18
       v128.store offset=288
       local.get $37
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $22
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $18
       local.get $28
       if
        local.get $22
        local.get $38
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $22
        local.get $38
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $18
        local.get $14
        select
        local.tee $25
        v128.or
        v128.andnot
        local.set $18
        local.get $20
        local.get $22
        local.get $25
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $27
       local.get $38
       i32.const 1064
       v128.load32_splat
       local.get $20
       v128.bitselect
       v128.store offset=48
       local.get $27
       local.get $20
       v128.store offset=304
       i32.const 0
       local.get $23
       local.get $19
       local.get $18
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.3
       drop
       local.get $26
       i32.const -64
       i32.sub
       local.set $26
       br $for-loop|1
      end
     end
     local.get $21
     local.set $20
     i32.const 1024
     v128.load32_splat
     local.set $21
     i32.const 1032
     v128.load32_splat
     local.set $25
     i32.const 1068
     v128.load32_splat
     local.set $37
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     i32.const 512
     i32.add
     local.set $27
     i32.const 0
     local.set $28
     loop $for-loop|2
      local.get $28
      local.get $33
      i32.lt_u
      if
       local.get $25
       local.tee $19
       local.tee $18
       local.set $23
       local.get $18
       local.set $22
       local.get $24
       local.get $29
       i32.add
       local.get $28
       i32.add
       local.set $30
       local.get $8
       local.get $28
       i32.add
       local.set $11
       i32.const 0
       local.set $26
       loop $for-loop|3
        local.get $9
        local.get $26
        i32.gt_s
        if
         local.get $30
         v128.load offset=16
         local.set $38
         local.get $30
         v128.load offset=32
         local.set $39
         local.get $30
         v128.load offset=48
         local.set $40
         local.get $11
         local.get $30
         v128.load
         local.tee $43
         v128.store
         local.get $11
         local.get $38
         v128.store offset=16
         local.get $11
         local.get $39
         v128.store offset=32
         local.get $11
         local.get $40
         v128.store offset=48
         local.get $20
         local.get $43
         local.get $37
         v128.and
         i32x4.max_u
         local.get $38
         local.get $37
         v128.and
         i32x4.max_u
         local.get $39
         local.get $37
         v128.and
         i32x4.max_u
         local.get $40
         local.get $37
         v128.and
         i32x4.max_u
         local.set $20
         local.get $19
         local.get $43
         f32x4.pmax
         local.set $19
         local.get $18
         local.get $38
         f32x4.pmax
         local.set $18
         local.get $23
         local.get $39
         f32x4.pmax
         local.set $23
         local.get $22
         local.get $40
         f32x4.pmax
         local.set $22
         local.get $1
         local.get $30
         i32.add
         local.set $30
         local.get $11
         i32.const 256
         i32.add
         local.set $11
         local.get $26
         i32.const 1
         i32.add
         local.set $26
         br $for-loop|3
        end
       end
       local.get $27
       local.get $28
       i32.add
       local.tee $0
       local.get $19
       v128.store
       local.get $0
       local.get $18
       v128.store offset=16
       local.get $0
       local.get $23
       v128.store offset=32
       local.get $0
       local.get $22
       v128.store offset=48
       local.get $28
       i32.const -64
       i32.sub
       local.set $28
       br $for-loop|2
      end
     end
     i32.const 1036
     v128.load32_splat
     local.set $43
     i32.const 1040
     v128.load32_splat
     local.set $44
     i32.const 1028
     v128.load32_splat
     local.set $45
     i32.const 1044
     v128.load32_splat
     local.set $46
     i32.const 1048
     v128.load32_splat
     local.set $47
     i32.const 1052
     v128.load32_splat
     local.set $48
     i32.const 1056
     v128.load32_splat
     local.set $49
     i32.const 1060
     v128.load32_splat
     local.set $22
     local.get $15
     f32x4.splat
     local.set $23
     local.get $16
     f32x4.splat
     local.set $25
     i32.const 0
     local.set $11
     loop $for-loop|4
      local.get $11
      local.get $33
      i32.lt_u
      if
       local.get $11
       local.get $27
       i32.add
       local.tee $0
       v128.load
       local.set $37
       local.get $0
       v128.load offset=16
       local.set $38
       local.get $21
       local.tee $18
       local.set $19
       local.get $8
       local.get $11
       i32.add
       local.set $0
       i32.const 0
       local.set $26
       loop $for-loop|5
        local.get $9
        local.get $26
        i32.gt_s
        if
         local.get $0
         v128.load offset=16
         local.get $38
         f32x4.sub
         local.get $23
         f32x4.mul
         local.get $25
         f32x4.mul
         local.tee $50
         local.get $44
         f32x4.add
         local.set $39
         local.get $0
         v128.load
         local.get $37
         f32x4.sub
         local.get $23
         f32x4.mul
         local.get $25
         f32x4.mul
         local.tee $51
         local.get $44
         f32x4.add
         local.set $40
         local.get $0
         local.get $22
         local.get $51
         local.get $40
         local.get $44
         f32x4.sub
         f32x4.sub
         local.tee $52
         f32x4.mul
         local.get $49
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $48
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $47
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $46
         f32x4.add
         local.get $52
         f32x4.mul
         local.get $45
         f32x4.add
         local.get $40
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $51
         local.get $43
         f32x4.ge
         v128.and
         local.tee $40
         v128.store
         local.get $0
         local.get $22
         local.get $50
         local.get $39
         local.get $44
         f32x4.sub
         f32x4.sub
         local.tee $51
         f32x4.mul
         local.get $49
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $48
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $47
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $46
         f32x4.add
         local.get $51
         f32x4.mul
         local.get $45
         f32x4.add
         local.get $39
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $50
         local.get $43
         f32x4.ge
         v128.and
         local.tee $39
         v128.store offset=16
         local.get $18
         local.get $40
         f32x4.add
         local.set $18
         local.get $19
         local.get $39
         f32x4.add
         local.set $19
         local.get $0
         i32.const 256
         i32.add
         local.set $0
         local.get $26
         i32.const 1
         i32.add
         local.set $26
         br $for-loop|5
        end
       end
       local.get $11
       local.get $27
       i32.add
       local.tee $0
       local.get $45
       local.get $18
       f32x4.div
       local.get $27
       i32.const 256
       i32.sub
       local.get $11
       i32.add
       local.tee $26
       v128.load
       v128.and
       v128.store
       local.get $0
       local.get $45
       local.get $19
       f32x4.div
       local.get $26
       v128.load offset=16
       v128.and
       v128.store offset=16
       local.get $11
       i32.const 32
       i32.add
       local.set $11
       br $for-loop|4
      end
     end
     local.get $20
     local.set $21
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     drop
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $41
     i32.const 512
     i32.add
     local.set $42
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $27
     local.get $8
     local.set $0
     local.get $24
     local.get $29
     i32.add
     local.set $26
     local.get $2
     local.get $29
     i32.add
     local.set $28
     local.get $4
     local.get $29
     i32.add
     local.set $30
     i32.const 0
     local.set $11
     loop $for-loop|6
      local.get $9
      local.get $11
      i32.gt_s
      if
       local.get $11
       i32x4.splat
       local.set $20
       local.get $27
       v128.load
       local.set $18
       local.get $27
       v128.load offset=16
       local.set $22
       local.get $27
       v128.load offset=32
       local.set $19
       local.get $27
       v128.load offset=48
       drop
       local.get $27
       v128.load offset=64
       drop
       local.get $27
       v128.load offset=80
       drop
       i32.const 0
       local.set $31
       loop $for-loop|7
        local.get $31
        local.get $33
        i32.lt_u
        if
         local.get $0
         local.get $31
         i32.add
         v128.load
         local.get $31
         local.get $42
         i32.add
         v128.load
         f32x4.mul
         local.set $23
         local.get $31
         local.get $41
         i32.add
         v128.load
         local.get $20
         i32x4.eq
         local.set $25
         local.get $2
         if
          local.get $28
          local.get $31
          i32.add
          local.get $23
          v128.store
         end
         local.get $18
         local.get $23
         f32x4.add
         local.set $18
         local.get $22
         local.get $25
         i32x4.sub
         local.set $22
         local.get $19
         local.get $23
         local.get $25
         v128.and
         f32x4.add
         local.set $19
         local.get $31
         i32.const 16
         i32.add
         local.set $31
         br $for-loop|7
        end
       end
       local.get $27
       local.get $18
       v128.store
       local.get $27
       local.get $22
       v128.store offset=16
       local.get $27
       local.get $19
       v128.store offset=32
       local.get $27
       i32.const 96
       i32.add
       local.set $27
       local.get $0
       i32.const 256
       i32.add
       local.set $0
       local.get $1
       local.get $26
       i32.add
       local.set $26
       local.get $3
       local.get $28
       i32.add
       local.set $28
       local.get $5
       local.get $30
       i32.add
       local.set $30
       local.get $11
       i32.const 1
       i32.add
       local.set $11
       br $for-loop|6
      end
     end
     local.get $29
     local.get $33
     i32.add
     local.tee $0
     i32.const 511
     i32.and
     i32.const 0
     local.get $0
     local.get $34
     i32.ne
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $18
      i32.const 0
      local.set $26
      loop $for-loop|8
       local.get $9
       local.get $26
       i32.gt_s
       if
        local.get $17
        local.get $26
        i32.const 6
        i32.shl
        i32.add
        local.tee $0
        local.get $0
        f64.load
        local.get $36
        local.get $26
        i32.const 96
        i32.mul
        i32.add
        local.tee $11
        v128.load
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $0
        local.get $0
        f64.load offset=8
        local.get $11
        v128.load offset=16
        local.tee $19
        f64x2.convert_low_i32x4_s
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.convert_low_i32x4_s
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $0
        local.get $0
        f64.load offset=16
        local.get $11
        v128.load offset=32
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $11
        local.get $18
        v128.store
        local.get $11
        local.get $18
        v128.store offset=16
        local.get $11
        local.get $18
        v128.store offset=32
        local.get $26
        i32.const 1
        i32.add
        local.set $26
        br $for-loop|8
       end
      end
     end
     local.get $29
     i32.const 256
     i32.add
     local.set $29
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $21
   i32x4.extract_lane 0
   local.tee $0
   local.get $21
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $21
   i32x4.extract_lane 2
   local.tee $1
   local.get $21
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.3
   drop
   local.get $32
   i32x4.extract_lane 0
   local.tee $0
   local.get $32
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $32
   i32x4.extract_lane 2
   local.tee $1
   local.get $32
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsSigmoidSoftN2Max (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (result i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 v128)
  (local $38 i32)
  (local $39 v128)
  (local $40 v128)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  local.get $0
  local.set $21
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $35
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.tee $36
  i32.const 512
  i32.add
  i32.const 1024
  v128.load32_splat
  local.tee $28
  v128.store
  local.get $11
  i32.const 2
  i32.shl
  local.set $31
  block $wasm/assembly/loss/statsChunk|inlined.12 (result i32)
   loop $for-loop|0
    local.get $26
    local.get $31
    i32.lt_u
    if
     local.get $26
     i32.const 2
     i32.shr_u
     local.set $0
     i32.const 256
     local.get $31
     local.get $26
     i32.sub
     local.tee $11
     local.get $11
     i32.const 256
     i32.gt_u
     select
     local.set $32
     i32.const 0
     local.set $24
     loop $for-loop|1
      local.get $24
      local.get $32
      i32.lt_u
      if
       local.get $0
       local.get $24
       i32.const 2
       i32.shr_u
       i32.add
       local.set $11
       i32.const 1024
       v128.load32_splat
       local.set $19
       i32.const 1064
       v128.load32_splat
       local.set $18
       local.get $7
       if
        local.get $7
        local.get $11
        i32.add
        v128.load
        local.get $19
        i8x16.eq
        v128.not
        local.set $18
       end
       local.get $18
       i16x8.extend_low_i8x16_s
       local.set $27
       local.get $18
       i16x8.extend_high_i8x16_s
       local.set $29
       local.get $19
       local.tee $18
       local.set $22
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $11
        i32.add
        v128.load
        local.tee $20
        i16x8.extend_low_i8x16_u
        local.tee $18
        i32x4.extend_low_i16x8_u
        local.set $19
        local.get $18
        i32x4.extend_high_i16x8_u
        local.set $18
        local.get $20
        i16x8.extend_high_i8x16_u
        local.tee $20
        i32x4.extend_low_i16x8_u
        local.set $22
        local.get $20
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $11
         i32.const 1
         i32.shl
         i32.add
         local.tee $23
         v128.load
         local.tee $18
         i32x4.extend_low_i16x8_u
         local.set $19
         local.get $18
         i32x4.extend_high_i16x8_u
         local.set $18
         local.get $23
         v128.load offset=16
         local.tee $20
         i32x4.extend_low_i16x8_u
         local.set $22
         local.get $20
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $11
          i32.const 2
          i32.shl
          i32.add
          local.tee $23
          v128.load
          local.set $19
          local.get $23
          v128.load offset=16
          local.set $18
          local.get $23
          v128.load offset=32
          local.set $22
          local.get $23
          v128.load offset=48
         else
          local.get $19
         end
        end
       end
       local.set $37
       local.get $27
       i32x4.extend_low_i16x8_s
       local.get $11
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $39
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $25
       local.get $24
       local.get $36
       i32.add
       local.tee $23
       local.get $19
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $30
       if
        local.get $39
        local.get $19
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $39
        local.get $19
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $25
        local.get $14
        select
        local.tee $19
        v128.or
        v128.andnot
        local.set $25
        local.get $20
        local.get $39
        local.get $19
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $20
       v128.bitselect
       v128.store
       local.get $23
       local.get $20
       v128.store offset=256
       local.get $27
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $27
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $23
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $30
       if
        local.get $27
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $27
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $19
        local.get $20
        local.get $27
        local.get $18
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $20
       v128.bitselect
       v128.store offset=16
       local.get $23
       local.get $20
       v128.store offset=272
       local.get $25
       local.get $19
       v128.or
       local.set $25
       local.get $29
       i32x4.extend_low_i16x8_s
       local.get $11
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $19
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $20
       local.get $23
       local.get $22
       i32.const 1064
       v128.load32_splat
       local.get $30
       if
        local.get $19
        local.get $22
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $19
        local.get $22
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $20
        local.get $14
        select
        local.tee $22
        v128.or
        v128.andnot
        local.set $20
        local.get $18
        local.get $19
        local.get $22
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=32
       local.get $23
       local.get $18
       v128.store offset=288
       local.get $29
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $22
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $30
       if
        local.get $22
        local.get $37
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $22
        local.get $37
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $27
        v128.or
        v128.andnot
        local.set $19
        local.get $18
        local.get $22
        local.get $27
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $23
       local.get $37
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=48
       local.get $23
       local.get $18
       v128.store offset=304
       i32.const 0
       local.get $25
       local.get $20
       local.get $19
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.12
       drop
       local.get $24
       i32.const -64
       i32.sub
       local.set $24
       br $for-loop|1
      end
     end
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     local.set $39
     local.get $15
     f32x4.splat
     local.set $40
     local.get $16
     f32x4.splat
     local.set $37
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $41
     i32.const 256
     i32.add
     local.set $38
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $11
     local.get $8
     local.set $0
     local.get $21
     local.get $26
     i32.add
     local.set $30
     local.get $2
     local.get $26
     i32.add
     local.set $24
     local.get $4
     local.get $26
     i32.add
     local.set $33
     local.get $41
     v128.load offset=512
     local.set $19
     i32.const 0
     local.set $34
     loop $for-loop|6
      local.get $9
      local.get $34
      i32.gt_s
      if
       local.get $11
       v128.load
       local.set $22
       local.get $11
       v128.load offset=16
       local.set $27
       local.get $11
       v128.load offset=32
       local.set $25
       local.get $11
       v128.load offset=48
       local.set $18
       local.get $11
       v128.load offset=64
       local.set $29
       local.get $11
       v128.load offset=80
       local.set $20
       i32.const 0
       local.set $23
       loop $for-loop|7
        local.get $23
        local.get $32
        i32.lt_u
        if
         local.get $19
         local.get $23
         local.get $30
         i32.add
         v128.load
         local.tee $42
         local.get $39
         v128.and
         i32x4.max_u
         local.set $19
         local.get $42
         i32.const 1072
         v128.load32_splat
         v128.or
         local.get $40
         f32x4.mul
         local.get $37
         f32x4.mul
         local.tee $43
         i32.const 1040
         v128.load32_splat
         local.tee $44
         f32x4.add
         local.set $45
         i32.const 1060
         v128.load32_splat
         local.get $43
         local.get $45
         local.get $44
         f32x4.sub
         f32x4.sub
         local.tee $44
         f32x4.mul
         i32.const 1056
         v128.load32_splat
         f32x4.add
         local.get $44
         f32x4.mul
         i32.const 1052
         v128.load32_splat
         f32x4.add
         local.get $44
         f32x4.mul
         i32.const 1048
         v128.load32_splat
         f32x4.add
         local.get $44
         f32x4.mul
         i32.const 1044
         v128.load32_splat
         f32x4.add
         local.get $44
         f32x4.mul
         i32.const 1028
         v128.load32_splat
         local.tee $44
         f32x4.add
         local.get $45
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $43
         i32.const 1036
         v128.load32_splat
         f32x4.ge
         v128.and
         local.set $43
         local.get $44
         local.get $44
         local.get $43
         f32x4.add
         f32x4.div
         local.tee $44
         local.get $43
         local.get $44
         f32x4.mul
         local.get $42
         i32.const 1024
         v128.load32_splat
         f32x4.ge
         v128.bitselect
         local.get $23
         local.get $38
         i32.add
         v128.load
         local.tee $42
         v128.and
         local.set $43
         local.get $2
         if
          local.get $23
          local.get $24
          i32.add
          local.get $43
          v128.store
         end
         local.get $43
         local.get $43
         f32x4.mul
         local.get $22
         f32x4.add
         local.set $22
         local.get $28
         local.get $23
         local.get $33
         i32.add
         v128.load
         local.tee $44
         i32x4.max_u
         local.set $28
         local.get $43
         local.get $44
         local.get $42
         v128.and
         local.tee $42
         f32x4.sub
         local.get $39
         v128.and
         local.set $44
         local.get $42
         local.get $42
         f32x4.mul
         local.get $27
         f32x4.add
         local.set $27
         local.get $18
         local.get $42
         f32x4.pmax
         local.set $18
         local.get $44
         local.get $44
         f32x4.mul
         local.get $25
         f32x4.add
         local.set $25
         local.get $29
         local.get $43
         f32x4.pmax
         local.set $29
         local.get $20
         local.get $43
         local.get $42
         f32x4.add
         f32x4.pmax
         local.set $20
         local.get $23
         i32.const 16
         i32.add
         local.set $23
         br $for-loop|7
        end
       end
       local.get $11
       local.get $22
       v128.store
       local.get $11
       local.get $27
       v128.store offset=16
       local.get $11
       local.get $25
       v128.store offset=32
       local.get $11
       local.get $18
       v128.store offset=48
       local.get $11
       local.get $29
       v128.store offset=64
       local.get $11
       local.get $20
       v128.store offset=80
       local.get $11
       i32.const 96
       i32.add
       local.set $11
       local.get $0
       i32.const 256
       i32.add
       local.set $0
       local.get $1
       local.get $30
       i32.add
       local.set $30
       local.get $3
       local.get $24
       i32.add
       local.set $24
       local.get $5
       local.get $33
       i32.add
       local.set $33
       local.get $34
       i32.const 1
       i32.add
       local.set $34
       br $for-loop|6
      end
     end
     local.get $41
     local.get $19
     v128.store offset=512
     i32.const 0
     local.get $26
     local.get $32
     i32.add
     local.tee $0
     i32.const 511
     i32.and
     local.get $0
     local.get $31
     i32.eq
     local.tee $0
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $18
      i32.const 0
      local.set $23
      loop $for-loop|8
       local.get $9
       local.get $23
       i32.gt_s
       if
        local.get $17
        local.get $23
        i32.const 6
        i32.shl
        i32.add
        local.tee $11
        local.get $11
        f64.load
        local.get $35
        local.get $23
        i32.const 96
        i32.mul
        i32.add
        local.tee $24
        v128.load
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $11
        local.get $11
        f64.load offset=8
        local.get $24
        v128.load offset=16
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $11
        local.get $11
        f64.load offset=16
        local.get $24
        v128.load offset=32
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $24
        local.get $18
        v128.store
        local.get $24
        local.get $18
        v128.store offset=16
        local.get $24
        local.get $18
        v128.store offset=32
        local.get $0
        if
         local.get $11
         local.get $11
         f64.load offset=24
         local.get $24
         v128.load offset=48
         local.tee $19
         f32x4.extract_lane 0
         local.get $19
         f32x4.extract_lane 1
         f32.max
         local.get $19
         f32x4.extract_lane 2
         local.get $19
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=24
         local.get $11
         local.get $11
         f64.load offset=32
         local.get $24
         v128.load offset=64
         local.tee $19
         f32x4.extract_lane 0
         local.get $19
         f32x4.extract_lane 1
         f32.max
         local.get $19
         f32x4.extract_lane 2
         local.get $19
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=32
         local.get $11
         local.get $11
         f64.load offset=40
         local.get $24
         v128.load offset=80
         local.tee $19
         f32x4.extract_lane 0
         local.get $19
         f32x4.extract_lane 1
         f32.max
         local.get $19
         f32x4.extract_lane 2
         local.get $19
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=40
        end
        local.get $23
        i32.const 1
        i32.add
        local.set $23
        br $for-loop|8
       end
      end
     end
     local.get $26
     i32.const 256
     i32.add
     local.set $26
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $36
   v128.load offset=512
   local.tee $18
   i32x4.extract_lane 0
   local.tee $0
   local.get $18
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $18
   i32x4.extract_lane 2
   local.tee $1
   local.get $18
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.12
   drop
   local.get $28
   i32x4.extract_lane 0
   local.tee $0
   local.get $28
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $28
   i32x4.extract_lane 2
   local.tee $1
   local.get $28
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsSigmoidSoftN2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (result i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 i32)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  local.get $0
  local.set $21
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $33
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.tee $34
  i32.const 512
  i32.add
  i32.const 1024
  v128.load32_splat
  local.tee $27
  v128.store
  local.get $11
  i32.const 2
  i32.shl
  local.set $29
  block $wasm/assembly/loss/statsChunk|inlined.13 (result i32)
   loop $for-loop|0
    local.get $26
    local.get $29
    i32.lt_u
    if
     local.get $26
     i32.const 2
     i32.shr_u
     local.set $0
     i32.const 256
     local.get $29
     local.get $26
     i32.sub
     local.tee $11
     local.get $11
     i32.const 256
     i32.gt_u
     select
     local.set $30
     i32.const 0
     local.set $24
     loop $for-loop|1
      local.get $24
      local.get $30
      i32.lt_u
      if
       local.get $0
       local.get $24
       i32.const 2
       i32.shr_u
       i32.add
       local.set $11
       i32.const 1024
       v128.load32_splat
       local.set $19
       i32.const 1064
       v128.load32_splat
       local.set $18
       local.get $7
       if
        local.get $7
        local.get $11
        i32.add
        v128.load
        local.get $19
        i8x16.eq
        v128.not
        local.set $18
       end
       local.get $18
       i16x8.extend_low_i8x16_s
       local.set $36
       local.get $18
       i16x8.extend_high_i8x16_s
       local.set $37
       local.get $19
       local.tee $18
       local.set $22
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $11
        i32.add
        v128.load
        local.tee $20
        i16x8.extend_low_i8x16_u
        local.tee $18
        i32x4.extend_low_i16x8_u
        local.set $19
        local.get $18
        i32x4.extend_high_i16x8_u
        local.set $18
        local.get $20
        i16x8.extend_high_i8x16_u
        local.tee $20
        i32x4.extend_low_i16x8_u
        local.set $22
        local.get $20
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $11
         i32.const 1
         i32.shl
         i32.add
         local.tee $23
         v128.load
         local.tee $18
         i32x4.extend_low_i16x8_u
         local.set $19
         local.get $18
         i32x4.extend_high_i16x8_u
         local.set $18
         local.get $23
         v128.load offset=16
         local.tee $20
         i32x4.extend_low_i16x8_u
         local.set $22
         local.get $20
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $11
          i32.const 2
          i32.shl
          i32.add
          local.tee $23
          v128.load
          local.set $19
          local.get $23
          v128.load offset=16
          local.set $18
          local.get $23
          v128.load offset=32
          local.set $22
          local.get $23
          v128.load offset=48
         else
          local.get $19
         end
        end
       end
       local.set $38
       local.get $36
       i32x4.extend_low_i16x8_s
       local.get $11
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $39
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $25
       local.get $24
       local.get $34
       i32.add
       local.tee $23
       local.get $19
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $28
       if
        local.get $39
        local.get $19
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $39
        local.get $19
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $25
        local.get $14
        select
        local.tee $19
        v128.or
        v128.andnot
        local.set $25
        local.get $20
        local.get $39
        local.get $19
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $20
       v128.bitselect
       v128.store
       local.get $23
       local.get $20
       v128.store offset=256
       local.get $36
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $36
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $23
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $28
       if
        local.get $36
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $36
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $19
        local.get $20
        local.get $36
        local.get $18
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $20
       v128.bitselect
       v128.store offset=16
       local.get $23
       local.get $20
       v128.store offset=272
       local.get $25
       local.get $19
       v128.or
       local.set $25
       local.get $37
       i32x4.extend_low_i16x8_s
       local.get $11
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $19
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $20
       local.get $23
       local.get $22
       i32.const 1064
       v128.load32_splat
       local.get $28
       if
        local.get $19
        local.get $22
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $19
        local.get $22
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $20
        local.get $14
        select
        local.tee $22
        v128.or
        v128.andnot
        local.set $20
        local.get $18
        local.get $19
        local.get $22
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=32
       local.get $23
       local.get $18
       v128.store offset=288
       local.get $37
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $22
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $28
       if
        local.get $22
        local.get $38
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $22
        local.get $38
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $36
        v128.or
        v128.andnot
        local.set $19
        local.get $18
        local.get $22
        local.get $36
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $23
       local.get $38
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=48
       local.get $23
       local.get $18
       v128.store offset=304
       i32.const 0
       local.get $25
       local.get $20
       local.get $19
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.13
       drop
       local.get $24
       i32.const -64
       i32.sub
       local.set $24
       br $for-loop|1
      end
     end
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     local.set $36
     local.get $15
     f32x4.splat
     local.set $37
     local.get $16
     f32x4.splat
     local.set $38
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $40
     i32.const 256
     i32.add
     local.set $35
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $11
     local.get $8
     local.set $0
     local.get $21
     local.get $26
     i32.add
     local.set $28
     local.get $2
     local.get $26
     i32.add
     local.set $31
     local.get $4
     local.get $26
     i32.add
     local.set $24
     local.get $40
     v128.load offset=512
     local.set $19
     i32.const 0
     local.set $32
     loop $for-loop|6
      local.get $9
      local.get $32
      i32.gt_s
      if
       local.get $11
       v128.load
       local.set $22
       local.get $11
       v128.load offset=16
       local.set $20
       local.get $11
       v128.load offset=32
       local.set $25
       local.get $11
       v128.load offset=48
       local.set $18
       local.get $11
       v128.load offset=64
       drop
       local.get $11
       v128.load offset=80
       drop
       i32.const 0
       local.set $23
       loop $for-loop|7
        local.get $23
        local.get $30
        i32.lt_u
        if
         local.get $19
         local.get $23
         local.get $28
         i32.add
         v128.load
         local.tee $39
         local.get $36
         v128.and
         i32x4.max_u
         local.set $19
         local.get $39
         i32.const 1072
         v128.load32_splat
         v128.or
         local.get $37
         f32x4.mul
         local.get $38
         f32x4.mul
         local.tee $41
         i32.const 1040
         v128.load32_splat
         local.tee $42
         f32x4.add
         local.set $43
         i32.const 1060
         v128.load32_splat
         local.get $41
         local.get $43
         local.get $42
         f32x4.sub
         f32x4.sub
         local.tee $42
         f32x4.mul
         i32.const 1056
         v128.load32_splat
         f32x4.add
         local.get $42
         f32x4.mul
         i32.const 1052
         v128.load32_splat
         f32x4.add
         local.get $42
         f32x4.mul
         i32.const 1048
         v128.load32_splat
         f32x4.add
         local.get $42
         f32x4.mul
         i32.const 1044
         v128.load32_splat
         f32x4.add
         local.get $42
         f32x4.mul
         i32.const 1028
         v128.load32_splat
         local.tee $42
         f32x4.add
         local.get $43
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $41
         i32.const 1036
         v128.load32_splat
         f32x4.ge
         v128.and
         local.set $41
         local.get $42
         local.get $42
         local.get $41
         f32x4.add
         f32x4.div
         local.tee $42
         local.get $41
         local.get $42
         f32x4.mul
         local.get $39
         i32.const 1024
         v128.load32_splat
         f32x4.ge
         v128.bitselect
         local.get $23
         local.get $35
         i32.add
         v128.load
         local.tee $39
         v128.and
         local.set $41
         local.get $2
         if
          local.get $23
          local.get $31
          i32.add
          local.get $41
          v128.store
         end
         local.get $41
         local.get $41
         f32x4.mul
         local.get $22
         f32x4.add
         local.set $22
         local.get $27
         local.get $23
         local.get $24
         i32.add
         v128.load
         local.tee $42
         i32x4.max_u
         local.set $27
         local.get $41
         local.get $42
         local.get $39
         v128.and
         local.tee $39
         f32x4.sub
         local.get $36
         v128.and
         local.set $41
         local.get $39
         local.get $39
         f32x4.mul
         local.get $20
         f32x4.add
         local.set $20
         local.get $18
         local.get $39
         f32x4.pmax
         local.set $18
         local.get $41
         local.get $41
         f32x4.mul
         local.get $25
         f32x4.add
         local.set $25
         local.get $23
         i32.const 16
         i32.add
         local.set $23
         br $for-loop|7
        end
       end
       local.get $11
       local.get $22
       v128.store
       local.get $11
       local.get $20
       v128.store offset=16
       local.get $11
       local.get $25
       v128.store offset=32
       local.get $11
       local.get $18
       v128.store offset=48
       local.get $11
       i32.const 96
       i32.add
       local.set $11
       local.get $0
       i32.const 256
       i32.add
       local.set $0
       local.get $1
       local.get $28
       i32.add
       local.set $28
       local.get $3
       local.get $31
       i32.add
       local.set $31
       local.get $5
       local.get $24
       i32.add
       local.set $24
       local.get $32
       i32.const 1
       i32.add
       local.set $32
       br $for-loop|6
      end
     end
     local.get $40
     local.get $19
     v128.store offset=512
     i32.const 0
     local.get $26
     local.get $30
     i32.add
     local.tee $0
     i32.const 511
     i32.and
     local.get $0
     local.get $29
     i32.eq
     local.tee $0
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $18
      i32.const 0
      local.set $23
      loop $for-loop|8
       local.get $9
       local.get $23
       i32.gt_s
       if
        local.get $17
        local.get $23
        i32.const 6
        i32.shl
        i32.add
        local.tee $11
        local.get $11
        f64.load
        local.get $33
        local.get $23
        i32.const 96
        i32.mul
        i32.add
        local.tee $24
        v128.load
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $11
        local.get $11
        f64.load offset=8
        local.get $24
        v128.load offset=16
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $11
        local.get $11
        f64.load offset=16
        local.get $24
        v128.load offset=32
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $24
        local.get $18
        v128.store
        local.get $24
        local.get $18
        v128.store offset=16
        local.get $24
        local.get $18
        v128.store offset=32
        local.get $0
        if
         local.get $11
         local.get $11
         f64.load offset=24
         local.get $24
         v128.load offset=48
         local.tee $19
         f32x4.extract_lane 0
         local.get $19
         f32x4.extract_lane 1
         f32.max
         local.get $19
         f32x4.extract_lane 2
         local.get $19
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=24
        end
        local.get $23
        i32.const 1
        i32.add
        local.set $23
        br $for-loop|8
       end
      end
     end
     local.get $26
     i32.const 256
     i32.add
     local.set $26
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $34
   v128.load offset=512
   local.tee $18
   i32x4.extract_lane 0
   local.tee $0
   local.get $18
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $18
   i32x4.extract_lane 2
   local.tee $1
   local.get $18
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.13
   drop
   local.get $27
   i32x4.extract_lane 0
   local.tee $0
   local.get $27
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $27
   i32x4.extract_lane 2
   local.tee $1
   local.get $27
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsSigmoidSoftN1Max (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (result i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 i32)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 v128)
  (local $25 i32)
  (local $26 i32)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 v128)
  (local $40 v128)
  (local $41 v128)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 v128)
  local.get $7
  local.set $23
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $34
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.tee $33
  i32.const 512
  i32.add
  i32.const 1024
  v128.load32_splat
  local.tee $19
  v128.store
  local.get $11
  i32.const 2
  i32.shl
  local.set $37
  i32.const 0
  local.set $7
  block $wasm/assembly/loss/statsChunk|inlined.14 (result i32)
   loop $for-loop|0
    local.get $7
    local.get $37
    i32.lt_u
    if
     local.get $7
     i32.const 2
     i32.shr_u
     local.set $26
     i32.const 256
     local.get $37
     local.get $7
     i32.sub
     local.tee $11
     local.get $11
     i32.const 256
     i32.gt_u
     select
     local.set $36
     i32.const 0
     local.set $43
     loop $for-loop|1
      local.get $36
      local.get $43
      i32.gt_u
      if
       local.get $26
       local.get $43
       i32.const 2
       i32.shr_u
       i32.add
       local.set $25
       i32.const 1024
       v128.load32_splat
       local.set $18
       i32.const 1064
       v128.load32_splat
       local.set $22
       local.get $23
       if
        local.get $23
        local.get $25
        i32.add
        v128.load
        local.get $18
        i8x16.eq
        v128.not
        local.set $22
       end
       local.get $22
       i16x8.extend_low_i8x16_s
       local.set $29
       local.get $18
       local.tee $24
       local.set $45
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $25
        i32.add
        v128.load
        local.tee $21
        i16x8.extend_low_i8x16_u
        local.tee $27
        i32x4.extend_low_i16x8_u
        local.set $18
        local.get $21
        i16x8.extend_high_i8x16_u
        local.tee $21
        i32x4.extend_low_i16x8_u
        local.set $24
        local.get $21
        i32x4.extend_high_i16x8_u
        local.set $45
        local.get $27
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $25
         i32.const 1
         i32.shl
         i32.add
         local.tee $11
         v128.load
         local.tee $27
         i32x4.extend_low_i16x8_u
         local.set $18
         local.get $11
         v128.load offset=16
         local.tee $21
         i32x4.extend_low_i16x8_u
         local.set $24
         local.get $21
         i32x4.extend_high_i16x8_u
         local.set $45
         local.get $27
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $25
          i32.const 2
          i32.shl
          i32.add
          local.tee $11
          v128.load
          local.set $18
          local.get $11
          v128.load offset=32
          local.set $24
          local.get $11
          v128.load offset=48
          local.set $45
          local.get $11
          v128.load offset=16
         else
          local.get $18
         end
        end
       end
       local.set $28
       local.get $29
       i32x4.extend_low_i16x8_s
       local.get $25
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $27
       v128.and
       local.set $21
       i32.const 1024
       v128.load32_splat
       local.set $40
       local.get $33
       local.get $43
       i32.add
       local.tee $20
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $11
       if (result v128)
        local.get $27
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $27
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $40
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $40
        local.get $21
        local.get $27
        local.get $18
        v128.andnot
        v128.and
       else
        local.get $21
       end
       local.tee $18
       v128.bitselect
       v128.store
       local.get $20
       local.get $18
       v128.store offset=256
       local.get $29
       i32x4.extend_high_i16x8_s
       local.get $25
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $21
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $41
       local.get $11
       if
        local.get $21
        local.get $28
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $27
        local.get $28
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $41
        local.get $14
        select
        local.tee $21
        v128.or
        v128.andnot
        local.set $41
        local.get $18
        local.get $27
        local.get $21
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $20
       local.get $28
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=16
       local.get $20
       local.get $18
       v128.store offset=272
       local.get $22
       i16x8.extend_high_i8x16_s
       local.tee $28
       i32x4.extend_low_i16x8_s
       local.get $25
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $21
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $22
       local.get $11
       if
        local.get $21
        local.get $24
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $27
        local.get $24
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $22
        local.get $14
        select
        local.tee $21
        v128.or
        v128.andnot
        local.set $22
        local.get $18
        local.get $27
        local.get $21
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $20
       local.get $24
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=32
       local.get $20
       local.get $18
       v128.store offset=288
       local.get $22
       local.set $21
       local.get $28
       i32x4.extend_high_i16x8_s
       local.get $25
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $24
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $22
       local.get $11
       if
        local.get $24
        local.get $45
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $27
        local.get $45
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $22
        local.get $14
        select
        local.tee $24
        v128.or
        v128.andnot
        local.set $22
        local.get $18
        local.get $27
        local.get $24
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $20
       local.get $45
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=48
       local.get $20
       local.get $18
       v128.store offset=304
       i32.const 0
       local.get $40
       local.get $41
       v128.or
       local.get $21
       local.get $22
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.14
       drop
       local.get $43
       i32.const -64
       i32.sub
       local.set $43
       br $for-loop|1
      end
     end
     local.get $19
     local.set $18
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     local.set $31
     local.get $15
     f32x4.splat
     local.set $30
     local.get $16
     f32x4.splat
     local.set $32
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $20
     i32.const 256
     i32.add
     local.set $25
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $43
     local.get $8
     local.set $11
     local.get $0
     local.get $7
     i32.add
     local.set $42
     local.get $2
     local.get $7
     i32.add
     local.set $38
     local.get $4
     local.get $7
     i32.add
     local.set $35
     local.get $20
     v128.load offset=512
     local.set $24
     i32.const 0
     local.set $26
     loop $for-loop|6
      local.get $9
      local.get $26
      i32.gt_s
      if
       local.get $43
       v128.load
       local.set $22
       local.get $43
       v128.load offset=16
       local.set $40
       local.get $43
       v128.load offset=32
       local.set $41
       local.get $43
       v128.load offset=48
       local.set $19
       local.get $43
       v128.load offset=64
       local.set $39
       local.get $43
       v128.load offset=80
       local.set $45
       i32.const 0
       local.set $44
       loop $for-loop|7
        local.get $36
        local.get $44
        i32.gt_u
        if
         local.get $24
         local.get $42
         local.get $44
         i32.add
         v128.load
         local.tee $29
         local.get $31
         v128.and
         i32x4.max_u
         local.set $24
         local.get $29
         i32.const 1072
         v128.load32_splat
         v128.or
         local.get $30
         f32x4.mul
         local.get $32
         f32x4.mul
         local.tee $28
         i32.const 1040
         v128.load32_splat
         local.tee $21
         f32x4.add
         local.set $27
         i32.const 1060
         v128.load32_splat
         local.get $28
         local.get $27
         local.get $21
         f32x4.sub
         f32x4.sub
         local.tee $21
         f32x4.mul
         i32.const 1056
         v128.load32_splat
         f32x4.add
         local.get $21
         f32x4.mul
         i32.const 1052
         v128.load32_splat
         f32x4.add
         local.get $21
         f32x4.mul
         i32.const 1048
         v128.load32_splat
         f32x4.add
         local.get $21
         f32x4.mul
         i32.const 1044
         v128.load32_splat
         f32x4.add
         local.get $21
         f32x4.mul
         i32.const 1028
         v128.load32_splat
         local.tee $21
         f32x4.add
         local.get $27
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $28
         i32.const 1036
         v128.load32_splat
         f32x4.ge
         v128.and
         local.set $27
         local.get $21
         local.get $21
         local.get $27
         f32x4.add
         f32x4.div
         local.tee $21
         local.get $27
         local.get $21
         f32x4.mul
         local.get $29
         i32.const 1024
         v128.load32_splat
         f32x4.ge
         v128.bitselect
         local.get $25
         local.get $44
         i32.add
         v128.load
         local.tee $28
         v128.and
         local.set $27
         local.get $2
         if
          local.get $38
          local.get $44
          i32.add
          local.get $27
          v128.store
         end
         local.get $22
         local.get $27
         f32x4.add
         local.set $22
         local.get $18
         local.get $35
         local.get $44
         i32.add
         v128.load
         local.tee $21
         i32x4.max_u
         local.set $18
         local.get $41
         local.get $27
         local.get $21
         local.get $28
         v128.and
         local.tee $21
         f32x4.sub
         local.get $31
         v128.and
         f32x4.add
         local.set $41
         local.get $19
         local.get $21
         f32x4.pmax
         local.set $19
         local.get $40
         local.get $21
         f32x4.add
         local.set $40
         local.get $45
         local.get $27
         local.get $21
         f32x4.add
         f32x4.pmax
         local.set $45
         local.get $39
         local.get $27
         f32x4.pmax
         local.set $39
         local.get $44
         i32.const 16
         i32.add
         local.set $44
         br $for-loop|7
        end
       end
       local.get $43
       local.get $22
       v128.store
       local.get $43
       local.get $40
       v128.store offset=16
       local.get $43
       local.get $41
       v128.store offset=32
       local.get $43
       local.get $19
       v128.store offset=48
       local.get $43
       local.get $39
       v128.store offset=64
       local.get $43
       local.get $45
       v128.store offset=80
       local.get $43
       i32.const 96
       i32.add
       local.set $43
       local.get $11
       i32.const 256
       i32.add
       local.set $11
       local.get $1
       local.get $42
       i32.add
       local.set $42
       local.get $3
       local.get $38
       i32.add
       local.set $38
       local.get $5
       local.get $35
       i32.add
       local.set $35
       local.get $26
       i32.const 1
       i32.add
       local.set $26
       br $for-loop|6
      end
     end
     local.get $20
     local.get $24
     v128.store offset=512
     local.get $18
     local.set $19
     i32.const 0
     local.get $7
     local.get $36
     i32.add
     local.tee $11
     i32.const 511
     i32.and
     local.get $11
     local.get $37
     i32.eq
     local.tee $20
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $21
      i32.const 0
      local.set $11
      loop $for-loop|8
       local.get $9
       local.get $11
       i32.gt_s
       if
        local.get $17
        local.get $11
        i32.const 6
        i32.shl
        i32.add
        local.tee $26
        local.get $26
        f64.load
        local.get $34
        local.get $11
        i32.const 96
        i32.mul
        i32.add
        local.tee $25
        v128.load
        local.tee $18
        f64x2.promote_low_f32x4
        local.get $18
        local.get $18
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $18
        f64x2.extract_lane 0
        local.get $18
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $26
        local.get $26
        f64.load offset=8
        local.get $25
        v128.load offset=16
        local.tee $18
        f64x2.promote_low_f32x4
        local.get $18
        local.get $18
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $18
        f64x2.extract_lane 0
        local.get $18
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $26
        local.get $26
        f64.load offset=16
        local.get $25
        v128.load offset=32
        local.tee $18
        f64x2.promote_low_f32x4
        local.get $18
        local.get $18
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $18
        f64x2.extract_lane 0
        local.get $18
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $25
        local.get $21
        v128.store
        local.get $25
        local.get $21
        v128.store offset=16
        local.get $25
        local.get $21
        v128.store offset=32
        local.get $20
        if
         local.get $26
         local.get $26
         f64.load offset=24
         local.get $25
         v128.load offset=48
         local.tee $18
         f32x4.extract_lane 0
         local.get $18
         f32x4.extract_lane 1
         f32.max
         local.get $18
         f32x4.extract_lane 2
         local.get $18
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=24
         local.get $26
         local.get $26
         f64.load offset=32
         local.get $25
         v128.load offset=64
         local.tee $18
         f32x4.extract_lane 0
         local.get $18
         f32x4.extract_lane 1
         f32.max
         local.get $18
         f32x4.extract_lane 2
         local.get $18
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=32
         local.get $26
         local.get $26
         f64.load offset=40
         local.get $25
         v128.load offset=80
         local.tee $18
         f32x4.extract_lane 0
         local.get $18
         f32x4.extract_lane 1
         f32.max
         local.get $18
         f32x4.extract_lane 2
         local.get $18
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=40
        end
        local.get $11
        i32.const 1
        i32.add
        local.set $11
        br $for-loop|8
       end
      end
     end
     local.get $7
     i32.const 256
     i32.add
     local.set $7
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $33
   v128.load offset=512
   local.tee $18
   i32x4.extract_lane 0
   local.tee $1
   local.get $18
   i32x4.extract_lane 1
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $2
   local.get $18
   i32x4.extract_lane 2
   local.tee $1
   local.get $18
   i32x4.extract_lane 3
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $0
   local.get $0
   local.get $2
   i32.lt_u
   select
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.14
   drop
   local.get $19
   i32x4.extract_lane 0
   local.tee $1
   local.get $19
   i32x4.extract_lane 1
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $2
   local.get $19
   i32x4.extract_lane 2
   local.tee $1
   local.get $19
   i32x4.extract_lane 3
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $0
   local.get $0
   local.get $2
   i32.lt_u
   select
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsSigmoidSoftN1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (result i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  local.get $0
  local.set $21
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $34
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.tee $35
  i32.const 512
  i32.add
  i32.const 1024
  v128.load32_splat
  local.tee $27
  v128.store
  local.get $11
  i32.const 2
  i32.shl
  local.set $29
  block $wasm/assembly/loss/statsChunk|inlined.15 (result i32)
   loop $for-loop|0
    local.get $26
    local.get $29
    i32.lt_u
    if
     local.get $26
     i32.const 2
     i32.shr_u
     local.set $0
     i32.const 256
     local.get $29
     local.get $26
     i32.sub
     local.tee $11
     local.get $11
     i32.const 256
     i32.gt_u
     select
     local.set $30
     i32.const 0
     local.set $23
     loop $for-loop|1
      local.get $23
      local.get $30
      i32.lt_u
      if
       local.get $0
       local.get $23
       i32.const 2
       i32.shr_u
       i32.add
       local.set $11
       i32.const 1024
       v128.load32_splat
       local.set $19
       i32.const 1064
       v128.load32_splat
       local.set $18
       local.get $7
       if
        local.get $7
        local.get $11
        i32.add
        v128.load
        local.get $19
        i8x16.eq
        v128.not
        local.set $18
       end
       local.get $18
       i16x8.extend_low_i8x16_s
       local.set $37
       local.get $18
       i16x8.extend_high_i8x16_s
       local.set $38
       local.get $19
       local.tee $18
       local.set $22
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $11
        i32.add
        v128.load
        local.tee $20
        i16x8.extend_low_i8x16_u
        local.tee $18
        i32x4.extend_low_i16x8_u
        local.set $19
        local.get $18
        i32x4.extend_high_i16x8_u
        local.set $18
        local.get $20
        i16x8.extend_high_i8x16_u
        local.tee $20
        i32x4.extend_low_i16x8_u
        local.set $22
        local.get $20
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $11
         i32.const 1
         i32.shl
         i32.add
         local.tee $24
         v128.load
         local.tee $18
         i32x4.extend_low_i16x8_u
         local.set $19
         local.get $18
         i32x4.extend_high_i16x8_u
         local.set $18
         local.get $24
         v128.load offset=16
         local.tee $20
         i32x4.extend_low_i16x8_u
         local.set $22
         local.get $20
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $11
          i32.const 2
          i32.shl
          i32.add
          local.tee $24
          v128.load
          local.set $19
          local.get $24
          v128.load offset=16
          local.set $18
          local.get $24
          v128.load offset=32
          local.set $22
          local.get $24
          v128.load offset=48
         else
          local.get $19
         end
        end
       end
       local.set $39
       local.get $37
       i32x4.extend_low_i16x8_s
       local.get $11
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $40
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $25
       local.get $23
       local.get $35
       i32.add
       local.tee $24
       local.get $19
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $28
       if
        local.get $40
        local.get $19
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $40
        local.get $19
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $25
        local.get $14
        select
        local.tee $19
        v128.or
        v128.andnot
        local.set $25
        local.get $20
        local.get $40
        local.get $19
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $20
       v128.bitselect
       v128.store
       local.get $24
       local.get $20
       v128.store offset=256
       local.get $37
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $37
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $24
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $28
       if
        local.get $37
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $37
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $19
        local.get $20
        local.get $37
        local.get $18
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $20
       v128.bitselect
       v128.store offset=16
       local.get $24
       local.get $20
       v128.store offset=272
       local.get $25
       local.get $19
       v128.or
       local.set $25
       local.get $38
       i32x4.extend_low_i16x8_s
       local.get $11
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $19
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $20
       local.get $24
       local.get $22
       i32.const 1064
       v128.load32_splat
       local.get $28
       if
        local.get $19
        local.get $22
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $19
        local.get $22
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $20
        local.get $14
        select
        local.tee $22
        v128.or
        v128.andnot
        local.set $20
        local.get $18
        local.get $19
        local.get $22
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=32
       local.get $24
       local.get $18
       v128.store offset=288
       local.get $38
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $22
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $28
       if
        local.get $22
        local.get $39
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $22
        local.get $39
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $37
        v128.or
        v128.andnot
        local.set $19
        local.get $18
        local.get $22
        local.get $37
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $24
       local.get $39
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=48
       local.get $24
       local.get $18
       v128.store offset=304
       i32.const 0
       local.get $25
       local.get $20
       local.get $19
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.15
       drop
       local.get $23
       i32.const -64
       i32.sub
       local.set $23
       br $for-loop|1
      end
     end
     i32.const 0
     local.set $24
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     local.set $38
     local.get $15
     f32x4.splat
     local.set $39
     local.get $16
     f32x4.splat
     local.set $40
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $41
     i32.const 256
     i32.add
     local.set $36
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $11
     local.get $8
     local.set $0
     local.get $21
     local.get $26
     i32.add
     local.set $28
     local.get $2
     local.get $26
     i32.add
     local.set $31
     local.get $4
     local.get $26
     i32.add
     local.set $32
     local.get $41
     v128.load offset=512
     local.set $19
     i32.const 0
     local.set $33
     loop $for-loop|6
      local.get $9
      local.get $33
      i32.gt_s
      if
       local.get $11
       v128.load
       local.set $22
       local.get $11
       v128.load offset=16
       local.set $20
       local.get $11
       v128.load offset=32
       local.set $25
       local.get $11
       v128.load offset=48
       local.set $18
       local.get $11
       v128.load offset=64
       drop
       local.get $11
       v128.load offset=80
       drop
       i32.const 0
       local.set $23
       loop $for-loop|7
        local.get $23
        local.get $30
        i32.lt_u
        if
         local.get $19
         local.get $23
         local.get $28
         i32.add
         v128.load
         local.tee $42
         local.get $38
         v128.and
         i32x4.max_u
         local.set $19
         local.get $42
         i32.const 1072
         v128.load32_splat
         v128.or
         local.get $39
         f32x4.mul
         local.get $40
         f32x4.mul
         local.tee $43
         i32.const 1040
         v128.load32_splat
         local.tee $44
         f32x4.add
         local.set $37
         i32.const 1060
         v128.load32_splat
         local.get $43
         local.get $37
         local.get $44
         f32x4.sub
         f32x4.sub
         local.tee $44
         f32x4.mul
         i32.const 1056
         v128.load32_splat
         f32x4.add
         local.get $44
         f32x4.mul
         i32.const 1052
         v128.load32_splat
         f32x4.add
         local.get $44
         f32x4.mul
         i32.const 1048
         v128.load32_splat
         f32x4.add
         local.get $44
         f32x4.mul
         i32.const 1044
         v128.load32_splat
         f32x4.add
         local.get $44
         f32x4.mul
         i32.const 1028
         v128.load32_splat
         local.tee $44
         f32x4.add
         local.get $37
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $43
         i32.const 1036
         v128.load32_splat
         f32x4.ge
         v128.and
         local.set $37
         local.get $44
         local.get $44
         local.get $37
         f32x4.add
         f32x4.div
         local.tee $43
         local.get $37
         local.get $43
         f32x4.mul
         local.get $42
         i32.const 1024
         v128.load32_splat
         f32x4.ge
         v128.bitselect
         local.get $23
         local.get $36
         i32.add
         v128.load
         local.tee $37
         v128.and
         local.set $42
         local.get $2
         if
          local.get $23
          local.get $31
          i32.add
          local.get $42
          v128.store
         end
         local.get $22
         local.get $42
         f32x4.add
         local.set $22
         local.get $27
         local.get $23
         local.get $32
         i32.add
         v128.load
         local.tee $43
         i32x4.max_u
         local.set $27
         local.get $20
         local.get $43
         local.get $37
         v128.and
         local.tee $37
         f32x4.add
         local.set $20
         local.get $18
         local.get $37
         f32x4.pmax
         local.set $18
         local.get $25
         local.get $42
         local.get $37
         f32x4.sub
         local.get $38
         v128.and
         f32x4.add
         local.set $25
         local.get $23
         i32.const 16
         i32.add
         local.set $23
         br $for-loop|7
        end
       end
       local.get $11
       local.get $22
       v128.store
       local.get $11
       local.get $20
       v128.store offset=16
       local.get $11
       local.get $25
       v128.store offset=32
       local.get $11
       local.get $18
       v128.store offset=48
       local.get $11
       i32.const 96
       i32.add
       local.set $11
       local.get $0
       i32.const 256
       i32.add
       local.set $0
       local.get $1
       local.get $28
       i32.add
       local.set $28
       local.get $3
       local.get $31
       i32.add
       local.set $31
       local.get $5
       local.get $32
       i32.add
       local.set $32
       local.get $33
       i32.const 1
       i32.add
       local.set $33
       br $for-loop|6
      end
     end
     local.get $41
     local.get $19
     v128.store offset=512
     i32.const 0
     local.get $26
     local.get $30
     i32.add
     local.tee $0
     i32.const 511
     i32.and
     local.get $0
     local.get $29
     i32.eq
     local.tee $0
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $18
      loop $for-loop|8
       local.get $9
       local.get $24
       i32.gt_s
       if
        local.get $17
        local.get $24
        i32.const 6
        i32.shl
        i32.add
        local.tee $11
        local.get $11
        f64.load
        local.get $34
        local.get $24
        i32.const 96
        i32.mul
        i32.add
        local.tee $23
        v128.load
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $11
        local.get $11
        f64.load offset=8
        local.get $23
        v128.load offset=16
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $11
        local.get $11
        f64.load offset=16
        local.get $23
        v128.load offset=32
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $23
        local.get $18
        v128.store
        local.get $23
        local.get $18
        v128.store offset=16
        local.get $23
        local.get $18
        v128.store offset=32
        local.get $0
        if
         local.get $11
         local.get $11
         f64.load offset=24
         local.get $23
         v128.load offset=48
         local.tee $19
         f32x4.extract_lane 0
         local.get $19
         f32x4.extract_lane 1
         f32.max
         local.get $19
         f32x4.extract_lane 2
         local.get $19
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=24
        end
        local.get $24
        i32.const 1
        i32.add
        local.set $24
        br $for-loop|8
       end
      end
     end
     local.get $26
     i32.const 256
     i32.add
     local.set $26
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $35
   v128.load offset=512
   local.tee $18
   i32x4.extract_lane 0
   local.tee $0
   local.get $18
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $18
   i32x4.extract_lane 2
   local.tee $1
   local.get $18
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.15
   drop
   local.get $27
   i32x4.extract_lane 0
   local.tee $0
   local.get $27
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $27
   i32x4.extract_lane 2
   local.tee $1
   local.get $27
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsSigmoidHardN2Max (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (result i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local $43 i32)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  local.get $0
  local.set $21
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $34
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $18
  local.set $28
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.tee $35
  i32.const 512
  i32.add
  local.get $18
  v128.store
  local.get $11
  i32.const 2
  i32.shl
  local.set $29
  block $wasm/assembly/loss/statsChunk|inlined.8 (result i32)
   loop $for-loop|0
    local.get $26
    local.get $29
    i32.lt_u
    if
     local.get $26
     i32.const 2
     i32.shr_u
     local.set $0
     i32.const 256
     local.get $29
     local.get $26
     i32.sub
     local.tee $11
     local.get $11
     i32.const 256
     i32.gt_u
     select
     local.set $30
     i32.const 0
     local.set $23
     loop $for-loop|1
      local.get $23
      local.get $30
      i32.lt_u
      if
       local.get $0
       local.get $23
       i32.const 2
       i32.shr_u
       i32.add
       local.set $11
       i32.const 1024
       v128.load32_splat
       local.set $19
       i32.const 1064
       v128.load32_splat
       local.set $18
       local.get $7
       if
        local.get $7
        local.get $11
        i32.add
        v128.load
        local.get $19
        i8x16.eq
        v128.not
        local.set $18
       end
       local.get $18
       i16x8.extend_low_i8x16_s
       local.set $27
       local.get $18
       i16x8.extend_high_i8x16_s
       local.set $37
       local.get $19
       local.tee $18
       local.set $22
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $11
        i32.add
        v128.load
        local.tee $20
        i16x8.extend_low_i8x16_u
        local.tee $18
        i32x4.extend_low_i16x8_u
        local.set $19
        local.get $18
        i32x4.extend_high_i16x8_u
        local.set $18
        local.get $20
        i16x8.extend_high_i8x16_u
        local.tee $20
        i32x4.extend_low_i16x8_u
        local.set $22
        local.get $20
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $11
         i32.const 1
         i32.shl
         i32.add
         local.tee $24
         v128.load
         local.tee $18
         i32x4.extend_low_i16x8_u
         local.set $19
         local.get $18
         i32x4.extend_high_i16x8_u
         local.set $18
         local.get $24
         v128.load offset=16
         local.tee $20
         i32x4.extend_low_i16x8_u
         local.set $22
         local.get $20
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $11
          i32.const 2
          i32.shl
          i32.add
          local.tee $24
          v128.load
          local.set $19
          local.get $24
          v128.load offset=16
          local.set $18
          local.get $24
          v128.load offset=32
          local.set $22
          local.get $24
          v128.load offset=48
         else
          local.get $19
         end
        end
       end
       local.set $38
       local.get $27
       i32x4.extend_low_i16x8_s
       local.get $11
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $39
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $25
       local.get $23
       local.get $35
       i32.add
       local.tee $24
       local.get $19
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $31
       if
        local.get $39
        local.get $19
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $39
        local.get $19
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $25
        local.get $14
        select
        local.tee $19
        v128.or
        v128.andnot
        local.set $25
        local.get $20
        local.get $39
        local.get $19
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $20
       v128.bitselect
       v128.store
       local.get $24
       local.get $20
       v128.store offset=256
       local.get $27
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $27
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $24
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $31
       if
        local.get $27
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $27
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $19
        local.get $20
        local.get $27
        local.get $18
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $20
       v128.bitselect
       v128.store offset=16
       local.get $24
       local.get $20
       v128.store offset=272
       local.get $25
       local.get $19
       v128.or
       local.set $25
       local.get $37
       i32x4.extend_low_i16x8_s
       local.get $11
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $19
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $20
       local.get $24
       local.get $22
       i32.const 1064
       v128.load32_splat
       local.get $31
       if
        local.get $19
        local.get $22
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $19
        local.get $22
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $20
        local.get $14
        select
        local.tee $22
        v128.or
        v128.andnot
        local.set $20
        local.get $18
        local.get $19
        local.get $22
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=32
       local.get $24
       local.get $18
       v128.store offset=288
       local.get $37
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $22
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $31
       if
        local.get $22
        local.get $38
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $22
        local.get $38
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $27
        v128.or
        v128.andnot
        local.set $19
        local.get $18
        local.get $22
        local.get $27
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $24
       local.get $38
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=48
       local.get $24
       local.get $18
       v128.store offset=304
       i32.const 0
       local.get $25
       local.get $20
       local.get $19
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.8
       drop
       local.get $23
       i32.const -64
       i32.sub
       local.set $23
       br $for-loop|1
      end
     end
     i32.const 1028
     v128.load32_splat
     local.set $39
     i32.const 1068
     v128.load32_splat
     local.set $40
     local.get $15
     f32x4.splat
     local.set $41
     local.get $16
     f32x4.splat
     local.set $42
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $43
     i32.const 256
     i32.add
     local.set $36
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $11
     local.get $8
     local.set $0
     local.get $21
     local.get $26
     i32.add
     local.set $31
     local.get $2
     local.get $26
     i32.add
     local.set $32
     local.get $4
     local.get $26
     i32.add
     local.set $33
     local.get $43
     i32.const 512
     i32.add
     v128.load
     local.set $19
     i32.const 0
     local.set $24
     loop $for-loop|6
      local.get $9
      local.get $24
      i32.gt_s
      if
       local.get $24
       i32x4.splat
       local.set $37
       local.get $11
       v128.load
       local.set $22
       local.get $11
       v128.load offset=16
       local.set $20
       local.get $11
       v128.load offset=32
       local.set $25
       local.get $11
       v128.load offset=48
       drop
       local.get $11
       v128.load offset=64
       local.set $18
       local.get $11
       v128.load offset=80
       local.set $27
       i32.const 0
       local.set $23
       loop $for-loop|7
        local.get $23
        local.get $30
        i32.lt_u
        if
         local.get $19
         local.get $23
         local.get $31
         i32.add
         v128.load
         local.tee $44
         local.get $40
         v128.and
         i32x4.max_u
         local.set $19
         local.get $44
         i32.const 1072
         v128.load32_splat
         v128.or
         local.get $41
         f32x4.mul
         local.get $42
         f32x4.mul
         local.tee $45
         i32.const 1040
         v128.load32_splat
         local.tee $46
         f32x4.add
         local.set $38
         i32.const 1060
         v128.load32_splat
         local.get $45
         local.get $38
         local.get $46
         f32x4.sub
         f32x4.sub
         local.tee $46
         f32x4.mul
         i32.const 1056
         v128.load32_splat
         f32x4.add
         local.get $46
         f32x4.mul
         i32.const 1052
         v128.load32_splat
         f32x4.add
         local.get $46
         f32x4.mul
         i32.const 1048
         v128.load32_splat
         f32x4.add
         local.get $46
         f32x4.mul
         i32.const 1044
         v128.load32_splat
         f32x4.add
         local.get $46
         f32x4.mul
         i32.const 1028
         v128.load32_splat
         local.tee $46
         f32x4.add
         local.get $38
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $45
         i32.const 1036
         v128.load32_splat
         f32x4.ge
         v128.and
         local.set $38
         local.get $46
         local.get $46
         local.get $38
         f32x4.add
         f32x4.div
         local.tee $45
         local.get $38
         local.get $45
         f32x4.mul
         local.get $44
         i32.const 1024
         v128.load32_splat
         f32x4.ge
         v128.bitselect
         local.get $23
         local.get $36
         i32.add
         v128.load
         v128.and
         local.set $38
         local.get $23
         local.get $43
         i32.add
         v128.load
         local.get $37
         i32x4.eq
         local.set $44
         local.get $2
         if
          local.get $23
          local.get $32
          i32.add
          local.get $38
          v128.store
         end
         local.get $38
         local.get $38
         f32x4.mul
         local.get $22
         f32x4.add
         local.set $22
         local.get $20
         local.get $44
         i32x4.sub
         local.set $20
         local.get $25
         local.get $38
         local.get $44
         v128.and
         f32x4.add
         local.set $25
         local.get $18
         local.get $38
         f32x4.pmax
         local.set $18
         local.get $27
         local.get $38
         local.get $44
         local.get $39
         v128.and
         f32x4.add
         f32x4.pmax
         local.set $27
         local.get $23
         i32.const 16
         i32.add
         local.set $23
         br $for-loop|7
        end
       end
       local.get $11
       local.get $22
       v128.store
       local.get $11
       local.get $20
       v128.store offset=16
       local.get $11
       local.get $25
       v128.store offset=32
       local.get $11
       local.get $18
       v128.store offset=64
       local.get $11
       local.get $27
       v128.store offset=80
       local.get $11
       i32.const 96
       i32.add
       local.set $11
       local.get $0
       i32.const 256
       i32.add
       local.set $0
       local.get $1
       local.get $31
       i32.add
       local.set $31
       local.get $3
       local.get $32
       i32.add
       local.set $32
       local.get $5
       local.get $33
       i32.add
       local.set $33
       local.get $24
       i32.const 1
       i32.add
       local.set $24
       br $for-loop|6
      end
     end
     local.get $43
     local.get $19
     v128.store offset=512
     i32.const 0
     local.get $26
     local.get $30
     i32.add
     local.tee $0
     i32.const 511
     i32.and
     local.get $0
     local.get $29
     i32.eq
     local.tee $0
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $18
      i32.const 0
      local.set $24
      loop $for-loop|8
       local.get $9
       local.get $24
       i32.gt_s
       if
        local.get $17
        local.get $24
        i32.const 6
        i32.shl
        i32.add
        local.tee $11
        local.get $11
        f64.load
        local.get $34
        local.get $24
        i32.const 96
        i32.mul
        i32.add
        local.tee $23
        v128.load
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $11
        local.get $11
        f64.load offset=8
        local.get $23
        v128.load offset=16
        local.tee $19
        f64x2.convert_low_i32x4_s
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.convert_low_i32x4_s
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $11
        local.get $11
        f64.load offset=16
        local.get $23
        v128.load offset=32
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $23
        local.get $18
        v128.store
        local.get $23
        local.get $18
        v128.store offset=16
        local.get $23
        local.get $18
        v128.store offset=32
        local.get $0
        if
         local.get $11
         local.get $11
         f64.load offset=32
         local.get $23
         v128.load offset=64
         local.tee $19
         f32x4.extract_lane 0
         local.get $19
         f32x4.extract_lane 1
         f32.max
         local.get $19
         f32x4.extract_lane 2
         local.get $19
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=32
         local.get $11
         local.get $11
         f64.load offset=40
         local.get $23
         v128.load offset=80
         local.tee $19
         f32x4.extract_lane 0
         local.get $19
         f32x4.extract_lane 1
         f32.max
         local.get $19
         f32x4.extract_lane 2
         local.get $19
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=40
        end
        local.get $24
        i32.const 1
        i32.add
        local.set $24
        br $for-loop|8
       end
      end
     end
     local.get $26
     i32.const 256
     i32.add
     local.set $26
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $35
   v128.load offset=512
   local.tee $18
   i32x4.extract_lane 0
   local.tee $0
   local.get $18
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $18
   i32x4.extract_lane 2
   local.tee $1
   local.get $18
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.8
   drop
   local.get $28
   i32x4.extract_lane 0
   local.tee $0
   local.get $28
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $28
   i32x4.extract_lane 2
   local.tee $1
   local.get $28
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsSigmoidHardN2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (result i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 i32)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 v128)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  local.get $7
  local.set $20
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $33
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.tee $32
  i32.const 512
  i32.add
  i32.const 1024
  v128.load32_splat
  local.tee $43
  v128.store
  local.get $11
  i32.const 2
  i32.shl
  local.set $37
  i32.const 0
  local.set $7
  block $wasm/assembly/loss/statsChunk|inlined.9 (result i32)
   loop $for-loop|0
    local.get $7
    local.get $37
    i32.lt_u
    if
     local.get $7
     i32.const 2
     i32.shr_u
     local.set $30
     i32.const 256
     local.get $37
     local.get $7
     i32.sub
     local.tee $11
     local.get $11
     i32.const 256
     i32.gt_u
     select
     local.set $36
     i32.const 0
     local.set $41
     loop $for-loop|1
      local.get $36
      local.get $41
      i32.gt_u
      if
       local.get $30
       local.get $41
       i32.const 2
       i32.shr_u
       i32.add
       local.set $24
       i32.const 1024
       v128.load32_splat
       local.set $21
       i32.const 1064
       v128.load32_splat
       local.set $19
       local.get $20
       if
        local.get $20
        local.get $24
        i32.add
        v128.load
        local.get $21
        i8x16.eq
        v128.not
        local.set $19
       end
       local.get $19
       i16x8.extend_low_i8x16_s
       local.set $27
       local.get $21
       local.tee $22
       local.set $42
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $24
        i32.add
        v128.load
        local.tee $18
        i16x8.extend_low_i8x16_u
        local.tee $25
        i32x4.extend_low_i16x8_u
        local.set $21
        local.get $18
        i16x8.extend_high_i8x16_u
        local.tee $18
        i32x4.extend_low_i16x8_u
        local.set $22
        local.get $18
        i32x4.extend_high_i16x8_u
        local.set $42
        local.get $25
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $24
         i32.const 1
         i32.shl
         i32.add
         local.tee $11
         v128.load
         local.tee $25
         i32x4.extend_low_i16x8_u
         local.set $21
         local.get $11
         v128.load offset=16
         local.tee $18
         i32x4.extend_low_i16x8_u
         local.set $22
         local.get $18
         i32x4.extend_high_i16x8_u
         local.set $42
         local.get $25
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $24
          i32.const 2
          i32.shl
          i32.add
          local.tee $11
          v128.load
          local.set $21
          local.get $11
          v128.load offset=32
          local.set $22
          local.get $11
          v128.load offset=48
          local.set $42
          local.get $11
          v128.load offset=16
         else
          local.get $21
         end
        end
       end
       local.set $26
       local.get $27
       i32x4.extend_low_i16x8_s
       local.get $24
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $25
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $38
       local.get $32
       local.get $41
       i32.add
       local.tee $23
       local.get $21
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $11
       if
        local.get $25
        local.get $21
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $25
        local.get $21
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $38
        local.get $14
        select
        local.tee $21
        v128.or
        v128.andnot
        local.set $38
        local.get $18
        local.get $25
        local.get $21
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store
       local.get $23
       local.get $18
       v128.store offset=256
       local.get $27
       i32x4.extend_high_i16x8_s
       local.get $24
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $21
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $27
       local.get $11
       if
        local.get $21
        local.get $26
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $25
        local.get $26
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $27
        local.get $14
        select
        local.tee $21
        v128.or
        v128.andnot
        local.set $27
        local.get $18
        local.get $25
        local.get $21
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $23
       local.get $26
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=16
       local.get $23
       local.get $18
       v128.store offset=272
       local.get $19
       i16x8.extend_high_i8x16_s
       local.tee $26
       i32x4.extend_low_i16x8_s
       local.get $24
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $19
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $21
       local.get $11
       if
        local.get $19
        local.get $22
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $25
        local.get $22
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $21
        local.get $14
        select
        local.tee $19
        v128.or
        v128.andnot
        local.set $21
        local.get $18
        local.get $25
        local.get $19
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $23
       local.get $22
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=32
       local.get $23
       local.get $18
       v128.store offset=288
       local.get $21
       local.set $19
       local.get $26
       i32x4.extend_high_i16x8_s
       local.get $24
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $22
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $21
       local.get $11
       if
        local.get $22
        local.get $42
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $25
        local.get $42
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $21
        local.get $14
        select
        local.tee $22
        v128.or
        v128.andnot
        local.set $21
        local.get $18
        local.get $25
        local.get $22
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $23
       local.get $42
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=48
       local.get $23
       local.get $18
       v128.store offset=304
       i32.const 0
       local.get $38
       local.get $27
       v128.or
       local.get $19
       local.get $21
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.9
       drop
       local.get $41
       i32.const -64
       i32.sub
       local.set $41
       br $for-loop|1
      end
     end
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     local.set $29
     local.get $15
     f32x4.splat
     local.set $28
     local.get $16
     f32x4.splat
     local.set $27
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $23
     i32.const 256
     i32.add
     local.set $24
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $41
     local.get $8
     local.set $11
     local.get $0
     local.get $7
     i32.add
     local.set $35
     local.get $2
     local.get $7
     i32.add
     local.set $34
     local.get $4
     local.get $7
     i32.add
     local.set $30
     local.get $23
     i32.const 512
     i32.add
     v128.load
     local.set $22
     i32.const 0
     local.set $39
     loop $for-loop|6
      local.get $9
      local.get $39
      i32.gt_s
      if
       local.get $39
       i32x4.splat
       local.set $26
       local.get $41
       v128.load
       local.set $21
       local.get $41
       v128.load offset=16
       local.set $38
       local.get $41
       v128.load offset=32
       local.set $42
       local.get $41
       v128.load offset=48
       drop
       local.get $41
       v128.load offset=64
       drop
       local.get $41
       v128.load offset=80
       drop
       i32.const 0
       local.set $40
       loop $for-loop|7
        local.get $36
        local.get $40
        i32.gt_u
        if
         local.get $22
         local.get $35
         local.get $40
         i32.add
         v128.load
         local.tee $25
         local.get $29
         v128.and
         i32x4.max_u
         local.set $22
         local.get $25
         i32.const 1072
         v128.load32_splat
         v128.or
         local.get $28
         f32x4.mul
         local.get $27
         f32x4.mul
         local.tee $19
         i32.const 1040
         v128.load32_splat
         local.tee $18
         f32x4.add
         local.set $31
         i32.const 1060
         v128.load32_splat
         local.get $19
         local.get $31
         local.get $18
         f32x4.sub
         f32x4.sub
         local.tee $18
         f32x4.mul
         i32.const 1056
         v128.load32_splat
         f32x4.add
         local.get $18
         f32x4.mul
         i32.const 1052
         v128.load32_splat
         f32x4.add
         local.get $18
         f32x4.mul
         i32.const 1048
         v128.load32_splat
         f32x4.add
         local.get $18
         f32x4.mul
         i32.const 1044
         v128.load32_splat
         f32x4.add
         local.get $18
         f32x4.mul
         i32.const 1028
         v128.load32_splat
         local.tee $18
         f32x4.add
         local.get $31
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $19
         i32.const 1036
         v128.load32_splat
         f32x4.ge
         v128.and
         local.set $19
         local.get $18
         local.get $18
         local.get $19
         f32x4.add
         f32x4.div
         local.tee $18
         local.get $19
         local.get $18
         f32x4.mul
         local.get $25
         i32.const 1024
         v128.load32_splat
         f32x4.ge
         v128.bitselect
         local.get $24
         local.get $40
         i32.add
         v128.load
         v128.and
         local.set $19
         local.get $23
         local.get $40
         i32.add
         v128.load
         local.get $26
         i32x4.eq
         local.set $18
         local.get $2
         if
          local.get $34
          local.get $40
          i32.add
          local.get $19
          v128.store
         end
         local.get $19
         local.get $19
         f32x4.mul
         local.get $21
         f32x4.add
         local.set $21
         local.get $42
         local.get $19
         local.get $18
         v128.and
         f32x4.add
         local.set $42
         local.get $38
         local.get $18
         i32x4.sub
         local.set $38
         local.get $40
         i32.const 16
         i32.add
         local.set $40
         br $for-loop|7
        end
       end
       local.get $41
       local.get $21
       v128.store
       local.get $41
       local.get $38
       v128.store offset=16
       local.get $41
       local.get $42
       v128.store offset=32
       local.get $41
       i32.const 96
       i32.add
       local.set $41
       local.get $11
       i32.const 256
       i32.add
       local.set $11
       local.get $1
       local.get $35
       i32.add
       local.set $35
       local.get $3
       local.get $34
       i32.add
       local.set $34
       local.get $5
       local.get $30
       i32.add
       local.set $30
       local.get $39
       i32.const 1
       i32.add
       local.set $39
       br $for-loop|6
      end
     end
     local.get $23
     local.get $22
     v128.store offset=512
     local.get $7
     local.get $36
     i32.add
     local.tee $11
     i32.const 511
     i32.and
     i32.const 0
     local.get $11
     local.get $37
     i32.ne
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $19
      i32.const 0
      local.set $11
      loop $for-loop|8
       local.get $9
       local.get $11
       i32.gt_s
       if
        local.get $17
        local.get $11
        i32.const 6
        i32.shl
        i32.add
        local.tee $24
        local.get $24
        f64.load
        local.get $33
        local.get $11
        i32.const 96
        i32.mul
        i32.add
        local.tee $23
        v128.load
        local.tee $18
        f64x2.promote_low_f32x4
        local.get $18
        local.get $18
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $18
        f64x2.extract_lane 0
        local.get $18
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $24
        local.get $24
        f64.load offset=8
        local.get $23
        v128.load offset=16
        local.tee $18
        f64x2.convert_low_i32x4_s
        local.get $18
        local.get $18
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.convert_low_i32x4_s
        f64x2.add
        local.tee $18
        f64x2.extract_lane 0
        local.get $18
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $24
        local.get $24
        f64.load offset=16
        local.get $23
        v128.load offset=32
        local.tee $18
        f64x2.promote_low_f32x4
        local.get $18
        local.get $18
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $18
        f64x2.extract_lane 0
        local.get $18
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $23
        local.get $19
        v128.store
        local.get $23
        local.get $19
        v128.store offset=16
        local.get $23
        local.get $19
        v128.store offset=32
        local.get $11
        i32.const 1
        i32.add
        local.set $11
        br $for-loop|8
       end
      end
     end
     local.get $7
     i32.const 256
     i32.add
     local.set $7
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $32
   v128.load offset=512
   local.tee $18
   i32x4.extract_lane 0
   local.tee $1
   local.get $18
   i32x4.extract_lane 1
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $2
   local.get $18
   i32x4.extract_lane 2
   local.tee $1
   local.get $18
   i32x4.extract_lane 3
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $0
   local.get $0
   local.get $2
   i32.lt_u
   select
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.9
   drop
   local.get $43
   i32x4.extract_lane 0
   local.tee $1
   local.get $43
   i32x4.extract_lane 1
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $2
   local.get $43
   i32x4.extract_lane 2
   local.tee $1
   local.get $43
   i32x4.extract_lane 3
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $0
   local.get $0
   local.get $2
   i32.lt_u
   select
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsSigmoidHardN1Max (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (result i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  local.get $0
  local.set $21
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $35
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $18
  local.set $29
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.tee $36
  i32.const 512
  i32.add
  local.get $18
  v128.store
  local.get $11
  i32.const 2
  i32.shl
  local.set $30
  block $wasm/assembly/loss/statsChunk|inlined.10 (result i32)
   loop $for-loop|0
    local.get $26
    local.get $30
    i32.lt_u
    if
     local.get $26
     i32.const 2
     i32.shr_u
     local.set $0
     i32.const 256
     local.get $30
     local.get $26
     i32.sub
     local.tee $11
     local.get $11
     i32.const 256
     i32.gt_u
     select
     local.set $31
     i32.const 0
     local.set $24
     loop $for-loop|1
      local.get $24
      local.get $31
      i32.lt_u
      if
       local.get $0
       local.get $24
       i32.const 2
       i32.shr_u
       i32.add
       local.set $11
       i32.const 1024
       v128.load32_splat
       local.set $19
       i32.const 1064
       v128.load32_splat
       local.set $18
       local.get $7
       if
        local.get $7
        local.get $11
        i32.add
        v128.load
        local.get $19
        i8x16.eq
        v128.not
        local.set $18
       end
       local.get $18
       i16x8.extend_low_i8x16_s
       local.set $28
       local.get $18
       i16x8.extend_high_i8x16_s
       local.set $38
       local.get $19
       local.tee $18
       local.set $22
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $11
        i32.add
        v128.load
        local.tee $20
        i16x8.extend_low_i8x16_u
        local.tee $18
        i32x4.extend_low_i16x8_u
        local.set $19
        local.get $18
        i32x4.extend_high_i16x8_u
        local.set $18
        local.get $20
        i16x8.extend_high_i8x16_u
        local.tee $20
        i32x4.extend_low_i16x8_u
        local.set $22
        local.get $20
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $11
         i32.const 1
         i32.shl
         i32.add
         local.tee $23
         v128.load
         local.tee $18
         i32x4.extend_low_i16x8_u
         local.set $19
         local.get $18
         i32x4.extend_high_i16x8_u
         local.set $18
         local.get $23
         v128.load offset=16
         local.tee $20
         i32x4.extend_low_i16x8_u
         local.set $22
         local.get $20
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $11
          i32.const 2
          i32.shl
          i32.add
          local.tee $23
          v128.load
          local.set $19
          local.get $23
          v128.load offset=16
          local.set $18
          local.get $23
          v128.load offset=32
          local.set $22
          local.get $23
          v128.load offset=48
         else
          local.get $19
         end
        end
       end
       local.set $39
       local.get $28
       i32x4.extend_low_i16x8_s
       local.get $11
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $40
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $25
       local.get $24
       local.get $36
       i32.add
       local.tee $23
       local.get $19
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $27
       if
        local.get $40
        local.get $19
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $40
        local.get $19
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $25
        local.get $14
        select
        local.tee $19
        v128.or
        v128.andnot
        local.set $25
        local.get $20
        local.get $40
        local.get $19
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $20
       v128.bitselect
       v128.store
       local.get $23
       local.get $20
       v128.store offset=256
       local.get $28
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $28
       v128.and
       local.set $20
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $23
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $27
       if
        local.get $28
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $28
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $19
        local.get $20
        local.get $28
        local.get $18
        v128.andnot
        v128.and
        local.set $20
       end
       local.get $20
       v128.bitselect
       v128.store offset=16
       local.get $23
       local.get $20
       v128.store offset=272
       local.get $25
       local.get $19
       v128.or
       local.set $25
       local.get $38
       i32x4.extend_low_i16x8_s
       local.get $11
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $19
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $20
       local.get $23
       local.get $22
       i32.const 1064
       v128.load32_splat
       local.get $27
       if
        local.get $19
        local.get $22
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $19
        local.get $22
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $20
        local.get $14
        select
        local.tee $22
        v128.or
        v128.andnot
        local.set $20
        local.get $18
        local.get $19
        local.get $22
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $18
       v128.bitselect
       v128.store offset=32
       local.get $23
       local.get $18
       v128.store offset=288
       local.get $38
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $22
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $27
       if
        local.get $22
        local.get $39
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $22
        local.get $39
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $28
        v128.or
        v128.andnot
        local.set $19
        local.get $18
        local.get $22
        local.get $28
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $23
       local.get $39
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=48
       local.get $23
       local.get $18
       v128.store offset=304
       i32.const 0
       local.get $25
       local.get $20
       local.get $19
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.10
       drop
       local.get $24
       i32.const -64
       i32.sub
       local.set $24
       br $for-loop|1
      end
     end
     i32.const 1028
     v128.load32_splat
     local.set $40
     i32.const 1068
     v128.load32_splat
     local.set $41
     local.get $15
     f32x4.splat
     local.set $42
     local.get $16
     f32x4.splat
     local.set $43
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $34
     i32.const 256
     i32.add
     local.set $37
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $11
     local.get $8
     local.set $0
     local.get $21
     local.get $26
     i32.add
     local.set $32
     local.get $2
     local.get $26
     i32.add
     local.set $33
     local.get $4
     local.get $26
     i32.add
     local.set $24
     local.get $34
     v128.load offset=512
     local.set $19
     i32.const 0
     local.set $27
     loop $for-loop|6
      local.get $9
      local.get $27
      i32.gt_s
      if
       local.get $27
       i32x4.splat
       local.set $38
       local.get $11
       v128.load
       local.set $22
       local.get $11
       v128.load offset=16
       local.set $20
       local.get $11
       v128.load offset=32
       local.set $25
       local.get $11
       v128.load offset=48
       drop
       local.get $11
       v128.load offset=64
       local.set $18
       local.get $11
       v128.load offset=80
       local.set $28
       i32.const 0
       local.set $23
       loop $for-loop|7
        local.get $23
        local.get $31
        i32.lt_u
        if
         local.get $19
         local.get $23
         local.get $32
         i32.add
         v128.load
         local.tee $44
         local.get $41
         v128.and
         i32x4.max_u
         local.set $19
         local.get $44
         i32.const 1072
         v128.load32_splat
         v128.or
         local.get $42
         f32x4.mul
         local.get $43
         f32x4.mul
         local.tee $45
         i32.const 1040
         v128.load32_splat
         local.tee $46
         f32x4.add
         local.set $39
         i32.const 1060
         v128.load32_splat
         local.get $45
         local.get $39
         local.get $46
         f32x4.sub
         f32x4.sub
         local.tee $46
         f32x4.mul
         i32.const 1056
         v128.load32_splat
         f32x4.add
         local.get $46
         f32x4.mul
         i32.const 1052
         v128.load32_splat
         f32x4.add
         local.get $46
         f32x4.mul
         i32.const 1048
         v128.load32_splat
         f32x4.add
         local.get $46
         f32x4.mul
         i32.const 1044
         v128.load32_splat
         f32x4.add
         local.get $46
         f32x4.mul
         i32.const 1028
         v128.load32_splat
         local.tee $46
         f32x4.add
         local.get $39
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $45
         i32.const 1036
         v128.load32_splat
         f32x4.ge
         v128.and
         local.set $39
         local.get $46
         local.get $46
         local.get $39
         f32x4.add
         f32x4.div
         local.tee $45
         local.get $39
         local.get $45
         f32x4.mul
         local.get $44
         i32.const 1024
         v128.load32_splat
         f32x4.ge
         v128.bitselect
         local.get $23
         local.get $37
         i32.add
         v128.load
         v128.and
         local.set $39
         local.get $23
         local.get $34
         i32.add
         v128.load
         local.get $38
         i32x4.eq
         local.set $44
         local.get $2
         if
          local.get $23
          local.get $33
          i32.add
          local.get $39
          v128.store
         end
         local.get $22
         local.get $39
         f32x4.add
         local.set $22
         local.get $20
         local.get $44
         i32x4.sub
         local.set $20
         local.get $25
         local.get $39
         local.get $44
         v128.and
         f32x4.add
         local.set $25
         local.get $18
         local.get $39
         f32x4.pmax
         local.set $18
         local.get $28
         local.get $39
         local.get $44
         local.get $40
         v128.and
         f32x4.add
         f32x4.pmax
         local.set $28
         local.get $23
         i32.const 16
         i32.add
         local.set $23
         br $for-loop|7
        end
       end
       local.get $11
       local.get $22
       v128.store
       local.get $11
       local.get $20
       v128.store offset=16
       local.get $11
       local.get $25
       v128.store offset=32
       local.get $11
       local.get $18
       v128.store offset=64
       local.get $11
       local.get $28
       v128.store offset=80
       local.get $11
       i32.const 96
       i32.add
       local.set $11
       local.get $0
       i32.const 256
       i32.add
       local.set $0
       local.get $1
       local.get $32
       i32.add
       local.set $32
       local.get $3
       local.get $33
       i32.add
       local.set $33
       local.get $5
       local.get $24
       i32.add
       local.set $24
       local.get $27
       i32.const 1
       i32.add
       local.set $27
       br $for-loop|6
      end
     end
     local.get $34
     local.get $19
     v128.store offset=512
     i32.const 0
     local.get $26
     local.get $31
     i32.add
     local.tee $0
     i32.const 511
     i32.and
     local.get $0
     local.get $30
     i32.eq
     local.tee $0
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $18
      i32.const 0
      local.set $23
      loop $for-loop|8
       local.get $9
       local.get $23
       i32.gt_s
       if
        local.get $17
        local.get $23
        i32.const 6
        i32.shl
        i32.add
        local.tee $11
        local.get $11
        f64.load
        local.get $35
        local.get $23
        i32.const 96
        i32.mul
        i32.add
        local.tee $24
        v128.load
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $11
        local.get $11
        f64.load offset=8
        local.get $24
        v128.load offset=16
        local.tee $19
        f64x2.convert_low_i32x4_s
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.convert_low_i32x4_s
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $11
        local.get $11
        f64.load offset=16
        local.get $24
        v128.load offset=32
        local.tee $19
        f64x2.promote_low_f32x4
        local.get $19
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $19
        f64x2.extract_lane 0
        local.get $19
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $24
        local.get $18
        v128.store
        local.get $24
        local.get $18
        v128.store offset=16
        local.get $24
        local.get $18
        v128.store offset=32
        local.get $0
        if
         local.get $11
         local.get $11
         f64.load offset=32
         local.get $24
         v128.load offset=64
         local.tee $19
         f32x4.extract_lane 0
         local.get $19
         f32x4.extract_lane 1
         f32.max
         local.get $19
         f32x4.extract_lane 2
         local.get $19
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=32
         local.get $11
         local.get $11
         f64.load offset=40
         local.get $24
         v128.load offset=80
         local.tee $19
         f32x4.extract_lane 0
         local.get $19
         f32x4.extract_lane 1
         f32.max
         local.get $19
         f32x4.extract_lane 2
         local.get $19
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=40
        end
        local.get $23
        i32.const 1
        i32.add
        local.set $23
        br $for-loop|8
       end
      end
     end
     local.get $26
     i32.const 256
     i32.add
     local.set $26
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $36
   v128.load offset=512
   local.tee $18
   i32x4.extract_lane 0
   local.tee $0
   local.get $18
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $18
   i32x4.extract_lane 2
   local.tee $1
   local.get $18
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.10
   drop
   local.get $29
   i32x4.extract_lane 0
   local.tee $0
   local.get $29
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $29
   i32x4.extract_lane 2
   local.tee $1
   local.get $29
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsSigmoidHardN1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (result i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 i32)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 v128)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 v128)
  local.get $0
  local.set $20
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $33
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $18
  local.set $38
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.tee $32
  i32.const 512
  i32.add
  local.get $18
  v128.store
  local.get $11
  i32.const 2
  i32.shl
  local.set $37
  block $wasm/assembly/loss/statsChunk|inlined.11 (result i32)
   loop $for-loop|0
    local.get $37
    local.get $40
    i32.gt_u
    if
     local.get $40
     i32.const 2
     i32.shr_u
     local.set $30
     i32.const 256
     local.get $37
     local.get $40
     i32.sub
     local.tee $0
     local.get $0
     i32.const 256
     i32.gt_u
     select
     local.set $36
     i32.const 0
     local.set $41
     loop $for-loop|1
      local.get $36
      local.get $41
      i32.gt_u
      if
       local.get $30
       local.get $41
       i32.const 2
       i32.shr_u
       i32.add
       local.set $29
       i32.const 1024
       v128.load32_splat
       local.set $21
       i32.const 1064
       v128.load32_splat
       local.set $18
       local.get $7
       if
        local.get $7
        local.get $29
        i32.add
        v128.load
        local.get $21
        i8x16.eq
        v128.not
        local.set $18
       end
       local.get $18
       i16x8.extend_low_i8x16_s
       local.set $24
       local.get $18
       i16x8.extend_high_i8x16_s
       local.set $26
       local.get $21
       local.tee $22
       local.set $43
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $29
        i32.add
        v128.load
        local.tee $19
        i16x8.extend_low_i8x16_u
        local.tee $18
        i32x4.extend_low_i16x8_u
        local.set $21
        local.get $18
        i32x4.extend_high_i16x8_u
        local.set $22
        local.get $19
        i16x8.extend_high_i8x16_u
        local.tee $18
        i32x4.extend_low_i16x8_u
        local.set $43
        local.get $18
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $29
         i32.const 1
         i32.shl
         i32.add
         local.tee $0
         v128.load
         local.tee $18
         i32x4.extend_low_i16x8_u
         local.set $21
         local.get $18
         i32x4.extend_high_i16x8_u
         local.set $22
         local.get $0
         v128.load offset=16
         local.tee $18
         i32x4.extend_low_i16x8_u
         local.set $43
         local.get $18
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $29
          i32.const 2
          i32.shl
          i32.add
          local.tee $0
          v128.load
          local.set $21
          local.get $0
          v128.load offset=16
          local.set $22
          local.get $0
          v128.load offset=32
          local.set $43
          local.get $0
          v128.load offset=48
         else
          local.get $21
         end
        end
       end
       local.set $25
       local.get $24
       i32x4.extend_low_i16x8_s
       local.get $29
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $19
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $27
       local.get $12
       i32.const 0
       i32.ne
       local.tee $0
       if
        local.get $19
        local.get $21
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $23
        local.get $21
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $27
        local.get $14
        select
        local.tee $19
        v128.or
        v128.andnot
        local.set $27
        local.get $18
        local.get $23
        local.get $19
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $32
       local.get $41
       i32.add
       local.tee $11
       local.get $21
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store
       local.get $11
       local.get $18
       v128.store offset=256
       local.get $24
       i32x4.extend_high_i16x8_s
       local.get $29
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $19
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $21
       local.get $0
       if
        local.get $19
        local.get $22
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $23
        local.get $22
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $21
        local.get $14
        select
        local.tee $19
        v128.or
        v128.andnot
        local.set $21
        local.get $18
        local.get $23
        local.get $19
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $11
       local.get $22
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=16
       local.get $11
       local.get $18
       v128.store offset=272
       local.get $27
       local.get $21
       v128.or
       local.set $24
       local.get $26
       i32x4.extend_low_i16x8_s
       local.get $29
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $21
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $0
       if
        local.get $21
        local.get $43
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $22
        local.get $43
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $21
        v128.or
        v128.andnot
        local.set $19
        local.get $18
        local.get $22
        local.get $21
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $11
       local.get $43
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=32
       local.get $11
       local.get $18
       v128.store offset=288
       local.get $26
       i32x4.extend_high_i16x8_s
       local.get $29
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $22
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $21
       local.get $0
       if
        local.get $22
        local.get $25
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $23
        local.get $25
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $21
        local.get $14
        select
        local.tee $22
        v128.or
        v128.andnot
        local.set $21
        local.get $18
        local.get $23
        local.get $22
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $11
       local.get $25
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=48
       local.get $11
       local.get $18
       v128.store offset=304
       i32.const 0
       local.get $24
       local.get $19
       local.get $21
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.11
       drop
       local.get $41
       i32.const -64
       i32.sub
       local.set $41
       br $for-loop|1
      end
     end
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     local.set $28
     local.get $15
     f32x4.splat
     local.set $27
     local.get $16
     f32x4.splat
     local.set $26
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $34
     i32.const 256
     i32.add
     local.set $29
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $11
     local.get $8
     local.set $0
     local.get $20
     local.get $40
     i32.add
     local.set $35
     local.get $2
     local.get $40
     i32.add
     local.set $41
     local.get $4
     local.get $40
     i32.add
     local.set $30
     local.get $34
     v128.load offset=512
     local.set $21
     i32.const 0
     local.set $39
     loop $for-loop|6
      local.get $9
      local.get $39
      i32.gt_s
      if
       local.get $39
       i32x4.splat
       local.set $25
       local.get $11
       v128.load
       local.set $43
       local.get $11
       v128.load offset=16
       local.set $22
       local.get $11
       v128.load offset=32
       local.set $19
       local.get $11
       v128.load offset=48
       drop
       local.get $11
       v128.load offset=64
       drop
       local.get $11
       v128.load offset=80
       drop
       i32.const 0
       local.set $42
       loop $for-loop|7
        local.get $36
        local.get $42
        i32.gt_u
        if
         local.get $21
         local.get $35
         local.get $42
         i32.add
         v128.load
         local.tee $24
         local.get $28
         v128.and
         i32x4.max_u
         local.set $21
         local.get $24
         i32.const 1072
         v128.load32_splat
         v128.or
         local.get $27
         f32x4.mul
         local.get $26
         f32x4.mul
         local.tee $23
         i32.const 1040
         v128.load32_splat
         local.tee $18
         f32x4.add
         local.set $31
         i32.const 1060
         v128.load32_splat
         local.get $23
         local.get $31
         local.get $18
         f32x4.sub
         f32x4.sub
         local.tee $18
         f32x4.mul
         i32.const 1056
         v128.load32_splat
         f32x4.add
         local.get $18
         f32x4.mul
         i32.const 1052
         v128.load32_splat
         f32x4.add
         local.get $18
         f32x4.mul
         i32.const 1048
         v128.load32_splat
         f32x4.add
         local.get $18
         f32x4.mul
         i32.const 1044
         v128.load32_splat
         f32x4.add
         local.get $18
         f32x4.mul
         i32.const 1028
         v128.load32_splat
         local.tee $18
         f32x4.add
         local.get $31
         i32.const 23
         i32x4.shl
         i32x4.add
         local.get $23
         i32.const 1036
         v128.load32_splat
         f32x4.ge
         v128.and
         local.set $23
         local.get $18
         local.get $18
         local.get $23
         f32x4.add
         f32x4.div
         local.tee $18
         local.get $23
         local.get $18
         f32x4.mul
         local.get $24
         i32.const 1024
         v128.load32_splat
         f32x4.ge
         v128.bitselect
         local.get $29
         local.get $42
         i32.add
         v128.load
         v128.and
         local.set $23
         local.get $34
         local.get $42
         i32.add
         v128.load
         local.get $25
         i32x4.eq
         local.set $18
         local.get $2
         if
          local.get $41
          local.get $42
          i32.add
          local.get $23
          v128.store
         end
         local.get $43
         local.get $23
         f32x4.add
         local.set $43
         local.get $22
         local.get $18
         i32x4.sub
         local.set $22
         local.get $19
         local.get $23
         local.get $18
         v128.and
         f32x4.add
         local.set $19
         local.get $42
         i32.const 16
         i32.add
         local.set $42
         br $for-loop|7
        end
       end
       local.get $11
       local.get $43
       v128.store
       local.get $11
       local.get $22
       v128.store offset=16
       local.get $11
       local.get $19
       v128.store offset=32
       local.get $11
       i32.const 96
       i32.add
       local.set $11
       local.get $0
       i32.const 256
       i32.add
       local.set $0
       local.get $1
       local.get $35
       i32.add
       local.set $35
       local.get $3
       local.get $41
       i32.add
       local.set $41
       local.get $5
       local.get $30
       i32.add
       local.set $30
       local.get $39
       i32.const 1
       i32.add
       local.set $39
       br $for-loop|6
      end
     end
     local.get $34
     local.get $21
     v128.store offset=512
     local.get $36
     local.get $40
     i32.add
     local.tee $0
     i32.const 511
     i32.and
     i32.const 0
     local.get $0
     local.get $37
     i32.ne
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $19
      i32.const 0
      local.set $41
      loop $for-loop|8
       local.get $9
       local.get $41
       i32.gt_s
       if
        local.get $17
        local.get $41
        i32.const 6
        i32.shl
        i32.add
        local.tee $11
        local.get $11
        f64.load
        local.get $33
        local.get $41
        i32.const 96
        i32.mul
        i32.add
        local.tee $0
        v128.load
        local.tee $18
        f64x2.promote_low_f32x4
        local.get $18
        local.get $18
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $18
        f64x2.extract_lane 0
        local.get $18
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $11
        local.get $11
        f64.load offset=8
        local.get $0
        v128.load offset=16
        local.tee $18
        f64x2.convert_low_i32x4_s
        local.get $18
        local.get $18
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.convert_low_i32x4_s
        f64x2.add
        local.tee $18
        f64x2.extract_lane 0
        local.get $18
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $11
        local.get $11
        f64.load offset=16
        local.get $0
        v128.load offset=32
        local.tee $18
        f64x2.promote_low_f32x4
        local.get $18
        local.get $18
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $18
        f64x2.extract_lane 0
        local.get $18
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $0
        local.get $19
        v128.store
        local.get $0
        local.get $19
        v128.store offset=16
        local.get $0
        local.get $19
        v128.store offset=32
        local.get $41
        i32.const 1
        i32.add
        local.set $41
        br $for-loop|8
       end
      end
     end
     local.get $40
     i32.const 256
     i32.add
     local.set $40
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $32
   v128.load offset=512
   local.tee $18
   i32x4.extract_lane 0
   local.tee $1
   local.get $18
   i32x4.extract_lane 1
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $2
   local.get $18
   i32x4.extract_lane 2
   local.tee $1
   local.get $18
   i32x4.extract_lane 3
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $0
   local.get $0
   local.get $2
   i32.lt_u
   select
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.11
   drop
   local.get $38
   i32x4.extract_lane 0
   local.tee $1
   local.get $38
   i32x4.extract_lane 1
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $2
   local.get $38
   i32x4.extract_lane 2
   local.tee $1
   local.get $38
   i32x4.extract_lane 3
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $0
   local.get $0
   local.get $2
   i32.lt_u
   select
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsProbsSoftN2Max (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (result i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 i32)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  local.get $0
  local.set $18
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $32
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $33
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $28
  local.set $25
  local.get $11
  i32.const 2
  i32.shl
  local.set $31
  block $wasm/assembly/loss/statsChunk|inlined.20 (result i32)
   loop $for-loop|0
    local.get $24
    local.get $31
    i32.lt_u
    if
     local.get $24
     i32.const 2
     i32.shr_u
     local.set $0
     i32.const 0
     local.set $23
     loop $for-loop|1
      local.get $23
      i32.const 64
      i32.lt_u
      if
       local.get $0
       local.get $23
       i32.const 2
       i32.shr_u
       i32.add
       local.set $11
       i32.const 1024
       v128.load32_splat
       local.set $17
       i32.const 1064
       v128.load32_splat
       local.set $16
       local.get $23
       local.get $32
       i32.add
       local.set $21
       local.get $7
       if
        local.get $7
        local.get $11
        i32.add
        v128.load
        local.get $17
        i8x16.eq
        v128.not
        local.set $16
       end
       local.get $16
       i16x8.extend_low_i8x16_s
       local.set $26
       local.get $16
       i16x8.extend_high_i8x16_s
       local.set $35
       local.get $17
       local.tee $16
       local.set $20
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $11
        i32.add
        v128.load
        local.tee $19
        i16x8.extend_low_i8x16_u
        local.tee $16
        i32x4.extend_low_i16x8_u
        local.set $17
        local.get $16
        i32x4.extend_high_i16x8_u
        local.set $16
        local.get $19
        i16x8.extend_high_i8x16_u
        local.tee $19
        i32x4.extend_low_i16x8_u
        local.set $20
        local.get $19
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $11
         i32.const 1
         i32.shl
         i32.add
         local.tee $27
         v128.load
         local.tee $16
         i32x4.extend_low_i16x8_u
         local.set $17
         local.get $16
         i32x4.extend_high_i16x8_u
         local.set $16
         local.get $27
         v128.load offset=16
         local.tee $19
         i32x4.extend_low_i16x8_u
         local.set $20
         local.get $19
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $11
          i32.const 2
          i32.shl
          i32.add
          local.tee $27
          v128.load
          local.set $17
          local.get $27
          v128.load offset=16
          local.set $16
          local.get $27
          v128.load offset=32
          local.set $20
          local.get $27
          v128.load offset=48
         else
          local.get $20
         end
        end
       end
       local.set $36
       local.get $26
       i32x4.extend_low_i16x8_s
       local.get $11
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $37
       v128.and
       local.set $19
       i32.const 1024
       v128.load32_splat
       local.set $22
       local.get $21
       local.get $17
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $27
       if
        local.get $37
        local.get $17
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $37
        local.get $17
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $22
        local.get $14
        select
        local.tee $17
        v128.or
        v128.andnot
        local.set $22
        local.get $19
        local.get $37
        local.get $17
        v128.andnot
        v128.and
        local.set $19
       end
       local.get $19
       v128.bitselect
       v128.store
       local.get $21
       local.get $19
       v128.store offset=256
       local.get $26
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $26
       v128.and
       local.set $19
       i32.const 1024
       v128.load32_splat
       local.set $17
       local.get $21
       local.get $16
       i32.const 1064
       v128.load32_splat
       local.get $27
       if
        local.get $26
        local.get $16
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $26
        local.get $16
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $17
        local.get $14
        select
        local.tee $16
        v128.or
        v128.andnot
        local.set $17
        local.get $19
        local.get $26
        local.get $16
        v128.andnot
        v128.and
        local.set $19
       end
       local.get $19
       v128.bitselect
       v128.store offset=16
       local.get $21
       local.get $19
       v128.store offset=272
       local.get $22
       local.get $17
       v128.or
       local.set $22
       local.get $35
       i32x4.extend_low_i16x8_s
       local.get $11
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $19
       v128.and
       local.set $17
       i32.const 1024
       v128.load32_splat
       local.set $16
       local.get $21
       local.get $20
       i32.const 1064
       v128.load32_splat
       local.get $27
       if
        local.get $19
        local.get $20
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $19
        local.get $20
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $16
        local.get $14
        select
        local.tee $20
        v128.or
        v128.andnot
        local.set $16
        local.get $17
        local.get $19
        local.get $20
        v128.andnot
        v128.and
        local.set $17
       end
       local.get $17
       v128.bitselect
       v128.store offset=32
       local.get $21
       local.get $17
       v128.store offset=288
       local.get $35
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $19
       i32.const 1024
       v128.load32_splat
       local.set $17
       local.get $27
       if
        local.get $20
        local.get $36
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $36
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $17
        local.get $14
        select
        local.tee $26
        v128.or
        v128.andnot
        local.set $17
        local.get $19
        local.get $20
        local.get $26
        v128.andnot
        v128.and
        local.set $19
       end
       local.get $21
       local.get $36
       i32.const 1064
       v128.load32_splat
       local.get $19
       v128.bitselect
       v128.store offset=48
       local.get $21
       local.get $19
       v128.store offset=304
       i32.const 0
       local.get $22
       local.get $16
       local.get $17
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.20
       drop
       local.get $23
       i32.const -64
       i32.sub
       local.set $23
       br $for-loop|1
      end
     end
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     local.set $36
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     i32.const 256
     i32.add
     local.set $34
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $11
     local.get $8
     local.set $0
     local.get $18
     local.get $24
     i32.add
     local.set $27
     local.get $2
     local.get $24
     i32.add
     local.set $23
     local.get $4
     local.get $24
     i32.add
     local.set $29
     i32.const 0
     local.set $30
     loop $for-loop|6
      local.get $9
      local.get $30
      i32.gt_s
      if
       local.get $11
       v128.load
       local.set $17
       local.get $11
       v128.load offset=16
       local.set $20
       local.get $11
       v128.load offset=32
       local.set $19
       local.get $11
       v128.load offset=48
       local.set $22
       local.get $11
       v128.load offset=64
       local.set $16
       local.get $11
       v128.load offset=80
       local.set $26
       i32.const 0
       local.set $21
       loop $for-loop|7
        local.get $21
        i32.const 64
        i32.lt_u
        if
         local.get $21
         local.get $27
         i32.add
         v128.load
         local.tee $37
         local.get $21
         local.get $34
         i32.add
         v128.load
         local.tee $38
         v128.and
         local.tee $35
         local.get $35
         f32x4.mul
         local.get $17
         f32x4.add
         local.set $17
         local.get $25
         local.get $37
         i32x4.max_u
         local.get $21
         local.get $29
         i32.add
         v128.load
         local.tee $37
         i32x4.max_u
         local.set $25
         local.get $35
         local.get $37
         local.get $38
         v128.and
         local.tee $37
         f32x4.sub
         local.get $36
         v128.and
         local.set $38
         local.get $37
         local.get $37
         f32x4.mul
         local.get $20
         f32x4.add
         local.set $20
         local.get $22
         local.get $37
         f32x4.pmax
         local.set $22
         local.get $38
         local.get $38
         f32x4.mul
         local.get $19
         f32x4.add
         local.set $19
         local.get $16
         local.get $35
         f32x4.pmax
         local.set $16
         local.get $26
         local.get $35
         local.get $37
         f32x4.add
         f32x4.pmax
         local.set $26
         local.get $21
         i32.const 16
         i32.add
         local.set $21
         br $for-loop|7
        end
       end
       local.get $11
       local.get $17
       v128.store
       local.get $11
       local.get $20
       v128.store offset=16
       local.get $11
       local.get $19
       v128.store offset=32
       local.get $11
       local.get $22
       v128.store offset=48
       local.get $11
       local.get $16
       v128.store offset=64
       local.get $11
       local.get $26
       v128.store offset=80
       local.get $11
       i32.const 96
       i32.add
       local.set $11
       local.get $0
       i32.const 256
       i32.add
       local.set $0
       local.get $1
       local.get $27
       i32.add
       local.set $27
       local.get $3
       local.get $23
       i32.add
       local.set $23
       local.get $5
       local.get $29
       i32.add
       local.set $29
       local.get $30
       i32.const 1
       i32.add
       local.set $30
       br $for-loop|6
      end
     end
     local.get $24
     i32.const -64
     i32.sub
     local.tee $0
     local.get $31
     i32.eq
     local.set $11
     i32.const 0
     local.get $0
     i32.const 511
     i32.and
     local.get $11
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $16
      i32.const 0
      local.set $21
      loop $for-loop|8
       local.get $9
       local.get $21
       i32.gt_s
       if
        local.get $15
        local.get $21
        i32.const 6
        i32.shl
        i32.add
        local.tee $0
        local.get $0
        f64.load
        local.get $33
        local.get $21
        i32.const 96
        i32.mul
        i32.add
        local.tee $23
        v128.load
        local.tee $17
        f64x2.promote_low_f32x4
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $17
        f64x2.extract_lane 0
        local.get $17
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $0
        local.get $0
        f64.load offset=8
        local.get $23
        v128.load offset=16
        local.tee $17
        f64x2.promote_low_f32x4
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $17
        f64x2.extract_lane 0
        local.get $17
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $0
        local.get $0
        f64.load offset=16
        local.get $23
        v128.load offset=32
        local.tee $17
        f64x2.promote_low_f32x4
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $17
        f64x2.extract_lane 0
        local.get $17
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $23
        local.get $16
        v128.store
        local.get $23
        local.get $16
        v128.store offset=16
        local.get $23
        local.get $16
        v128.store offset=32
        local.get $11
        if
         local.get $0
         local.get $0
         f64.load offset=24
         local.get $23
         v128.load offset=48
         local.tee $17
         f32x4.extract_lane 0
         local.get $17
         f32x4.extract_lane 1
         f32.max
         local.get $17
         f32x4.extract_lane 2
         local.get $17
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=24
         local.get $0
         local.get $0
         f64.load offset=32
         local.get $23
         v128.load offset=64
         local.tee $17
         f32x4.extract_lane 0
         local.get $17
         f32x4.extract_lane 1
         f32.max
         local.get $17
         f32x4.extract_lane 2
         local.get $17
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=32
         local.get $0
         local.get $0
         f64.load offset=40
         local.get $23
         v128.load offset=80
         local.tee $17
         f32x4.extract_lane 0
         local.get $17
         f32x4.extract_lane 1
         f32.max
         local.get $17
         f32x4.extract_lane 2
         local.get $17
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=40
        end
        local.get $21
        i32.const 1
        i32.add
        local.set $21
        br $for-loop|8
       end
      end
     end
     local.get $24
     i32.const -64
     i32.sub
     local.set $24
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $28
   i32x4.extract_lane 0
   local.tee $0
   local.get $28
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $28
   i32x4.extract_lane 2
   local.tee $1
   local.get $28
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.20
   drop
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsProbsSoftN2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (result i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  local.get $0
  local.set $18
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $31
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $32
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $27
  local.set $25
  local.get $11
  i32.const 2
  i32.shl
  local.set $29
  block $wasm/assembly/loss/statsChunk|inlined.21 (result i32)
   loop $for-loop|0
    local.get $24
    local.get $29
    i32.lt_u
    if
     local.get $24
     i32.const 2
     i32.shr_u
     local.set $0
     i32.const 0
     local.set $23
     loop $for-loop|1
      local.get $23
      i32.const 64
      i32.lt_u
      if
       local.get $0
       local.get $23
       i32.const 2
       i32.shr_u
       i32.add
       local.set $11
       i32.const 1024
       v128.load32_splat
       local.set $17
       i32.const 1064
       v128.load32_splat
       local.set $16
       local.get $23
       local.get $31
       i32.add
       local.set $21
       local.get $7
       if
        local.get $7
        local.get $11
        i32.add
        v128.load
        local.get $17
        i8x16.eq
        v128.not
        local.set $16
       end
       local.get $16
       i16x8.extend_low_i8x16_s
       local.set $34
       local.get $16
       i16x8.extend_high_i8x16_s
       local.set $35
       local.get $17
       local.tee $16
       local.set $20
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $11
        i32.add
        v128.load
        local.tee $19
        i16x8.extend_low_i8x16_u
        local.tee $16
        i32x4.extend_low_i16x8_u
        local.set $17
        local.get $16
        i32x4.extend_high_i16x8_u
        local.set $16
        local.get $19
        i16x8.extend_high_i8x16_u
        local.tee $19
        i32x4.extend_low_i16x8_u
        local.set $20
        local.get $19
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $11
         i32.const 1
         i32.shl
         i32.add
         local.tee $26
         v128.load
         local.tee $16
         i32x4.extend_low_i16x8_u
         local.set $17
         local.get $16
         i32x4.extend_high_i16x8_u
         local.set $16
         local.get $26
         v128.load offset=16
         local.tee $19
         i32x4.extend_low_i16x8_u
         local.set $20
         local.get $19
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $11
          i32.const 2
          i32.shl
          i32.add
          local.tee $26
          v128.load
          local.set $17
          local.get $26
          v128.load offset=16
          local.set $16
          local.get $26
          v128.load offset=32
          local.set $20
          local.get $26
          v128.load offset=48
         else
          local.get $20
         end
        end
       end
       local.set $36
       local.get $34
       i32x4.extend_low_i16x8_s
       local.get $11
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $37
       v128.and
       local.set $19
       i32.const 1024
       v128.load32_splat
       local.set $22
       local.get $21
       local.get $17
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $26
       if
        local.get $37
        local.get $17
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $37
        local.get $17
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $22
        local.get $14
        select
        local.tee $17
        v128.or
        v128.andnot
        local.set $22
        local.get $19
        local.get $37
        local.get $17
        v128.andnot
        v128.and
        local.set $19
       end
       local.get $19
       v128.bitselect
       v128.store
       local.get $21
       local.get $19
       v128.store offset=256
       local.get $34
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $34
       v128.and
       local.set $19
       i32.const 1024
       v128.load32_splat
       local.set $17
       local.get $21
       local.get $16
       i32.const 1064
       v128.load32_splat
       local.get $26
       if
        local.get $34
        local.get $16
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $34
        local.get $16
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $17
        local.get $14
        select
        local.tee $16
        v128.or
        v128.andnot
        local.set $17
        local.get $19
        local.get $34
        local.get $16
        v128.andnot
        v128.and
        local.set $19
       end
       local.get $19
       v128.bitselect
       v128.store offset=16
       local.get $21
       local.get $19
       v128.store offset=272
       local.get $22
       local.get $17
       v128.or
       local.set $22
       local.get $35
       i32x4.extend_low_i16x8_s
       local.get $11
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $19
       v128.and
       local.set $17
       i32.const 1024
       v128.load32_splat
       local.set $16
       local.get $21
       local.get $20
       i32.const 1064
       v128.load32_splat
       local.get $26
       if
        local.get $19
        local.get $20
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $19
        local.get $20
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $16
        local.get $14
        select
        local.tee $20
        v128.or
        v128.andnot
        local.set $16
        local.get $17
        local.get $19
        local.get $20
        v128.andnot
        v128.and
        local.set $17
       end
       local.get $17
       v128.bitselect
       v128.store offset=32
       local.get $21
       local.get $17
       v128.store offset=288
       local.get $35
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $19
       i32.const 1024
       v128.load32_splat
       local.set $17
       local.get $26
       if
        local.get $20
        local.get $36
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $36
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $17
        local.get $14
        select
        local.tee $34
        v128.or
        v128.andnot
        local.set $17
        local.get $19
        local.get $20
        local.get $34
        v128.andnot
        v128.and
        local.set $19
       end
       local.get $21
       local.get $36
       i32.const 1064
       v128.load32_splat
       local.get $19
       v128.bitselect
       v128.store offset=48
       local.get $21
       local.get $19
       v128.store offset=304
       i32.const 0
       local.get $22
       local.get $16
       local.get $17
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.21
       drop
       local.get $23
       i32.const -64
       i32.sub
       local.set $23
       br $for-loop|1
      end
     end
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     local.set $22
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     i32.const 256
     i32.add
     local.set $33
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $11
     local.get $8
     local.set $0
     local.get $18
     local.get $24
     i32.add
     local.set $21
     local.get $2
     local.get $24
     i32.add
     local.set $30
     local.get $4
     local.get $24
     i32.add
     local.set $26
     i32.const 0
     local.set $28
     loop $for-loop|6
      local.get $9
      local.get $28
      i32.gt_s
      if
       local.get $11
       v128.load
       local.set $17
       local.get $11
       v128.load offset=16
       local.set $16
       local.get $11
       v128.load offset=32
       local.set $20
       local.get $11
       v128.load offset=48
       local.set $19
       local.get $11
       v128.load offset=64
       drop
       local.get $11
       v128.load offset=80
       drop
       i32.const 0
       local.set $23
       loop $for-loop|7
        local.get $23
        i32.const 64
        i32.lt_u
        if
         local.get $21
         local.get $23
         i32.add
         v128.load
         local.tee $34
         local.get $23
         local.get $33
         i32.add
         v128.load
         local.tee $35
         v128.and
         local.tee $36
         local.get $36
         f32x4.mul
         local.get $17
         f32x4.add
         local.set $17
         local.get $25
         local.get $34
         i32x4.max_u
         local.get $23
         local.get $26
         i32.add
         v128.load
         local.tee $34
         i32x4.max_u
         local.set $25
         local.get $36
         local.get $34
         local.get $35
         v128.and
         local.tee $34
         f32x4.sub
         local.get $22
         v128.and
         local.set $35
         local.get $34
         local.get $34
         f32x4.mul
         local.get $16
         f32x4.add
         local.set $16
         local.get $19
         local.get $34
         f32x4.pmax
         local.set $19
         local.get $35
         local.get $35
         f32x4.mul
         local.get $20
         f32x4.add
         local.set $20
         local.get $23
         i32.const 16
         i32.add
         local.set $23
         br $for-loop|7
        end
       end
       local.get $11
       local.get $17
       v128.store
       local.get $11
       local.get $16
       v128.store offset=16
       local.get $11
       local.get $20
       v128.store offset=32
       local.get $11
       local.get $19
       v128.store offset=48
       local.get $11
       i32.const 96
       i32.add
       local.set $11
       local.get $0
       i32.const 256
       i32.add
       local.set $0
       local.get $1
       local.get $21
       i32.add
       local.set $21
       local.get $3
       local.get $30
       i32.add
       local.set $30
       local.get $5
       local.get $26
       i32.add
       local.set $26
       local.get $28
       i32.const 1
       i32.add
       local.set $28
       br $for-loop|6
      end
     end
     local.get $24
     i32.const -64
     i32.sub
     local.tee $0
     local.get $29
     i32.eq
     local.set $11
     i32.const 0
     local.get $0
     i32.const 511
     i32.and
     local.get $11
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $16
      i32.const 0
      local.set $21
      loop $for-loop|8
       local.get $9
       local.get $21
       i32.gt_s
       if
        local.get $15
        local.get $21
        i32.const 6
        i32.shl
        i32.add
        local.tee $0
        local.get $0
        f64.load
        local.get $32
        local.get $21
        i32.const 96
        i32.mul
        i32.add
        local.tee $23
        v128.load
        local.tee $17
        f64x2.promote_low_f32x4
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $17
        f64x2.extract_lane 0
        local.get $17
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $0
        local.get $0
        f64.load offset=8
        local.get $23
        v128.load offset=16
        local.tee $17
        f64x2.promote_low_f32x4
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $17
        f64x2.extract_lane 0
        local.get $17
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $0
        local.get $0
        f64.load offset=16
        local.get $23
        v128.load offset=32
        local.tee $17
        f64x2.promote_low_f32x4
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $17
        f64x2.extract_lane 0
        local.get $17
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $23
        local.get $16
        v128.store
        local.get $23
        local.get $16
        v128.store offset=16
        local.get $23
        local.get $16
        v128.store offset=32
        local.get $11
        if
         local.get $0
         local.get $0
         f64.load offset=24
         local.get $23
         v128.load offset=48
         local.tee $17
         f32x4.extract_lane 0
         local.get $17
         f32x4.extract_lane 1
         f32.max
         local.get $17
         f32x4.extract_lane 2
         local.get $17
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=24
        end
        local.get $21
        i32.const 1
        i32.add
        local.set $21
        br $for-loop|8
       end
      end
     end
     local.get $24
     i32.const -64
     i32.sub
     local.set $24
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $27
   i32x4.extract_lane 0
   local.tee $0
   local.get $27
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $27
   i32x4.extract_lane 2
   local.tee $1
   local.get $27
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.21
   drop
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsProbsSoftN1Max (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (result i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 i32)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 v128)
  (local $28 i32)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  local.get $7
  local.set $20
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $32
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $33
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $29
  local.set $17
  local.get $11
  i32.const 2
  i32.shl
  local.set $31
  block $wasm/assembly/loss/statsChunk|inlined.22 (result i32)
   loop $for-loop|0
    local.get $26
    local.get $31
    i32.lt_u
    if
     local.get $26
     i32.const 2
     i32.shr_u
     local.set $7
     i32.const 0
     local.set $11
     loop $for-loop|1
      local.get $11
      i32.const 64
      i32.lt_u
      if
       local.get $7
       local.get $11
       i32.const 2
       i32.shr_u
       i32.add
       local.set $22
       i32.const 1024
       v128.load32_splat
       local.set $16
       i32.const 1064
       v128.load32_splat
       local.set $18
       local.get $20
       if
        local.get $20
        local.get $22
        i32.add
        v128.load
        local.get $16
        i8x16.eq
        v128.not
        local.set $18
       end
       local.get $18
       i16x8.extend_low_i8x16_s
       local.set $35
       local.get $16
       local.tee $19
       local.set $25
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $22
        i32.add
        v128.load
        local.tee $19
        i16x8.extend_low_i8x16_u
        local.tee $21
        i32x4.extend_low_i16x8_u
        local.set $16
        local.get $19
        i16x8.extend_high_i8x16_u
        local.tee $25
        i32x4.extend_low_i16x8_u
        local.set $19
        local.get $25
        i32x4.extend_high_i16x8_u
        local.set $25
        local.get $21
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $22
         i32.const 1
         i32.shl
         i32.add
         local.tee $23
         v128.load
         local.tee $21
         i32x4.extend_low_i16x8_u
         local.set $16
         local.get $23
         v128.load offset=16
         local.tee $25
         i32x4.extend_low_i16x8_u
         local.set $19
         local.get $25
         i32x4.extend_high_i16x8_u
         local.set $25
         local.get $21
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $22
          i32.const 2
          i32.shl
          i32.add
          local.tee $23
          v128.load
          local.set $16
          local.get $23
          v128.load offset=32
          local.set $19
          local.get $23
          v128.load offset=48
          local.set $25
          local.get $23
          v128.load offset=16
         else
          local.get $25
         end
        end
       end
       local.set $36
       local.get $35
       i32x4.extend_low_i16x8_s
       local.get $22
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $37
       v128.and
       local.set $21
       i32.const 1024
       v128.load32_splat
       local.set $27
       local.get $11
       local.get $32
       i32.add
       local.tee $23
       local.get $16
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $24
       if
        local.get $37
        local.get $16
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $37
        local.get $16
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $27
        local.get $14
        select
        local.tee $16
        v128.or
        v128.andnot
        local.set $27
        local.get $21
        local.get $37
        local.get $16
        v128.andnot
        v128.and
        local.set $21
       end
       local.get $21
       v128.bitselect
       v128.store
       local.get $23
       local.get $21
       v128.store offset=256
       local.get $35
       i32x4.extend_high_i16x8_s
       local.get $22
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $35
       v128.and
       local.set $16
       i32.const 1024
       v128.load32_splat
       local.set $21
       local.get $23
       local.get $36
       i32.const 1064
       v128.load32_splat
       local.get $24
       if
        local.get $35
        local.get $36
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $35
        local.get $36
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $21
        local.get $14
        select
        local.tee $36
        v128.or
        v128.andnot
        local.set $21
        local.get $16
        local.get $35
        local.get $36
        v128.andnot
        v128.and
        local.set $16
       end
       local.get $16
       v128.bitselect
       v128.store offset=16
       local.get $23
       local.get $16
       v128.store offset=272
       local.get $18
       i16x8.extend_high_i8x16_s
       local.tee $35
       i32x4.extend_low_i16x8_s
       local.get $22
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $36
       v128.and
       local.set $16
       i32.const 1024
       v128.load32_splat
       local.set $18
       local.get $23
       local.get $19
       i32.const 1064
       v128.load32_splat
       local.get $24
       if
        local.get $36
        local.get $19
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $36
        local.get $19
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $18
        local.get $14
        select
        local.tee $19
        v128.or
        v128.andnot
        local.set $18
        local.get $16
        local.get $36
        local.get $19
        v128.andnot
        v128.and
        local.set $16
       end
       local.get $16
       v128.bitselect
       v128.store offset=32
       local.get $23
       local.get $16
       v128.store offset=288
       local.get $18
       local.set $16
       local.get $35
       i32x4.extend_high_i16x8_s
       local.get $22
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $35
       v128.and
       local.set $19
       i32.const 1024
       v128.load32_splat
       local.set $18
       local.get $23
       local.get $25
       i32.const 1064
       v128.load32_splat
       local.get $24
       if
        local.get $35
        local.get $25
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $35
        local.get $25
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $18
        local.get $14
        select
        local.tee $25
        v128.or
        v128.andnot
        local.set $18
        local.get $19
        local.get $35
        local.get $25
        v128.andnot
        v128.and
        local.set $19
       end
       local.get $19
       v128.bitselect
       v128.store offset=48
       local.get $23
       local.get $19
       v128.store offset=304
       i32.const 0
       local.get $27
       local.get $21
       v128.or
       local.get $16
       local.get $18
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.22
       drop
       local.get $11
       i32.const -64
       i32.sub
       local.set $11
       br $for-loop|1
      end
     end
     local.get $17
     local.set $16
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     local.set $35
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     i32.const 256
     i32.add
     local.set $34
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $23
     local.get $8
     local.set $11
     local.get $0
     local.get $26
     i32.add
     local.set $30
     local.get $2
     local.get $26
     i32.add
     local.set $7
     local.get $4
     local.get $26
     i32.add
     local.set $24
     i32.const 0
     local.set $22
     loop $for-loop|6
      local.get $9
      local.get $22
      i32.gt_s
      if
       local.get $23
       v128.load
       local.set $21
       local.get $23
       v128.load offset=16
       local.set $27
       local.get $23
       v128.load offset=32
       local.set $25
       local.get $23
       v128.load offset=48
       local.set $19
       local.get $23
       v128.load offset=64
       local.set $17
       local.get $23
       v128.load offset=80
       local.set $18
       i32.const 0
       local.set $28
       loop $for-loop|7
        local.get $28
        i32.const 64
        i32.lt_u
        if
         local.get $21
         local.get $28
         local.get $30
         i32.add
         v128.load
         local.tee $36
         local.get $28
         local.get $34
         i32.add
         v128.load
         local.tee $37
         v128.and
         local.tee $38
         f32x4.add
         local.set $21
         local.get $16
         local.get $36
         i32x4.max_u
         local.get $24
         local.get $28
         i32.add
         v128.load
         local.tee $36
         i32x4.max_u
         local.set $16
         local.get $25
         local.get $38
         local.get $36
         local.get $37
         v128.and
         local.tee $36
         f32x4.sub
         local.get $35
         v128.and
         f32x4.add
         local.set $25
         local.get $19
         local.get $36
         f32x4.pmax
         local.set $19
         local.get $27
         local.get $36
         f32x4.add
         local.set $27
         local.get $18
         local.get $38
         local.get $36
         f32x4.add
         f32x4.pmax
         local.set $18
         local.get $17
         local.get $38
         f32x4.pmax
         local.set $17
         local.get $28
         i32.const 16
         i32.add
         local.set $28
         br $for-loop|7
        end
       end
       local.get $23
       local.get $21
       v128.store
       local.get $23
       local.get $27
       v128.store offset=16
       local.get $23
       local.get $25
       v128.store offset=32
       local.get $23
       local.get $19
       v128.store offset=48
       local.get $23
       local.get $17
       v128.store offset=64
       local.get $23
       local.get $18
       v128.store offset=80
       local.get $23
       i32.const 96
       i32.add
       local.set $23
       local.get $11
       i32.const 256
       i32.add
       local.set $11
       local.get $1
       local.get $30
       i32.add
       local.set $30
       local.get $3
       local.get $7
       i32.add
       local.set $7
       local.get $5
       local.get $24
       i32.add
       local.set $24
       local.get $22
       i32.const 1
       i32.add
       local.set $22
       br $for-loop|6
      end
     end
     local.get $16
     local.set $17
     local.get $26
     i32.const -64
     i32.sub
     local.tee $7
     local.get $31
     i32.eq
     local.set $11
     i32.const 0
     local.get $7
     i32.const 511
     i32.and
     local.get $11
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $16
      i32.const 0
      local.set $7
      loop $for-loop|8
       local.get $7
       local.get $9
       i32.lt_s
       if
        local.get $15
        local.get $7
        i32.const 6
        i32.shl
        i32.add
        local.tee $22
        local.get $22
        f64.load
        local.get $33
        local.get $7
        i32.const 96
        i32.mul
        i32.add
        local.tee $23
        v128.load
        local.tee $18
        f64x2.promote_low_f32x4
        local.get $18
        local.get $18
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $18
        f64x2.extract_lane 0
        local.get $18
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $22
        local.get $22
        f64.load offset=8
        local.get $23
        v128.load offset=16
        local.tee $18
        f64x2.promote_low_f32x4
        local.get $18
        local.get $18
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $18
        f64x2.extract_lane 0
        local.get $18
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $22
        local.get $22
        f64.load offset=16
        local.get $23
        v128.load offset=32
        local.tee $18
        f64x2.promote_low_f32x4
        local.get $18
        local.get $18
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $18
        f64x2.extract_lane 0
        local.get $18
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $23
        local.get $16
        v128.store
        local.get $23
        local.get $16
        v128.store offset=16
        local.get $23
        local.get $16
        v128.store offset=32
        local.get $11
        if
         local.get $22
         local.get $22
         f64.load offset=24
         local.get $23
         v128.load offset=48
         local.tee $18
         f32x4.extract_lane 0
         local.get $18
         f32x4.extract_lane 1
         f32.max
         local.get $18
         f32x4.extract_lane 2
         local.get $18
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=24
         local.get $22
         local.get $22
         f64.load offset=32
         local.get $23
         v128.load offset=64
         local.tee $18
         f32x4.extract_lane 0
         local.get $18
         f32x4.extract_lane 1
         f32.max
         local.get $18
         f32x4.extract_lane 2
         local.get $18
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=32
         local.get $22
         local.get $22
         f64.load offset=40
         local.get $23
         v128.load offset=80
         local.tee $18
         f32x4.extract_lane 0
         local.get $18
         f32x4.extract_lane 1
         f32.max
         local.get $18
         f32x4.extract_lane 2
         local.get $18
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=40
        end
        local.get $7
        i32.const 1
        i32.add
        local.set $7
        br $for-loop|8
       end
      end
     end
     local.get $26
     i32.const -64
     i32.sub
     local.set $26
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $29
   i32x4.extract_lane 0
   local.tee $0
   local.get $29
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $29
   i32x4.extract_lane 2
   local.tee $1
   local.get $29
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.22
   drop
   local.get $17
   i32x4.extract_lane 0
   local.tee $0
   local.get $17
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $17
   i32x4.extract_lane 2
   local.tee $1
   local.get $17
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsProbsSoftN1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (result i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  local.get $0
  local.set $19
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $33
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $34
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $27
  local.set $25
  local.get $11
  i32.const 2
  i32.shl
  local.set $31
  block $wasm/assembly/loss/statsChunk|inlined.23 (result i32)
   loop $for-loop|0
    local.get $23
    local.get $31
    i32.lt_u
    if
     local.get $23
     i32.const 2
     i32.shr_u
     local.set $0
     loop $for-loop|1
      local.get $26
      i32.const 64
      i32.lt_u
      if
       local.get $0
       local.get $26
       i32.const 2
       i32.shr_u
       i32.add
       local.set $11
       i32.const 1024
       v128.load32_splat
       local.set $16
       i32.const 1064
       v128.load32_splat
       local.set $17
       local.get $26
       local.get $33
       i32.add
       local.set $21
       local.get $7
       if
        local.get $7
        local.get $11
        i32.add
        v128.load
        local.get $16
        i8x16.eq
        v128.not
        local.set $17
       end
       local.get $17
       i16x8.extend_low_i8x16_s
       local.set $36
       local.get $17
       i16x8.extend_high_i8x16_s
       local.set $37
       local.get $16
       local.tee $18
       local.set $20
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $11
        i32.add
        v128.load
        local.tee $17
        i16x8.extend_low_i8x16_u
        local.tee $18
        i32x4.extend_low_i16x8_u
        local.set $16
        local.get $18
        i32x4.extend_high_i16x8_u
        local.set $18
        local.get $17
        i16x8.extend_high_i8x16_u
        local.tee $17
        i32x4.extend_low_i16x8_u
        local.set $20
        local.get $17
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $11
         i32.const 1
         i32.shl
         i32.add
         local.tee $24
         v128.load
         local.tee $17
         i32x4.extend_low_i16x8_u
         local.set $16
         local.get $17
         i32x4.extend_high_i16x8_u
         local.set $18
         local.get $24
         v128.load offset=16
         local.tee $17
         i32x4.extend_low_i16x8_u
         local.set $20
         local.get $17
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $11
          i32.const 2
          i32.shl
          i32.add
          local.tee $24
          v128.load
          local.set $16
          local.get $24
          v128.load offset=16
          local.set $18
          local.get $24
          v128.load offset=32
          local.set $20
          local.get $24
          v128.load offset=48
         else
          local.get $20
         end
        end
       end
       local.set $38
       local.get $36
       i32x4.extend_low_i16x8_s
       local.get $11
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $39
       v128.and
       local.set $17
       i32.const 1024
       v128.load32_splat
       local.set $22
       local.get $21
       local.get $16
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $24
       if
        local.get $39
        local.get $16
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $39
        local.get $16
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $22
        local.get $14
        select
        local.tee $16
        v128.or
        v128.andnot
        local.set $22
        local.get $17
        local.get $39
        local.get $16
        v128.andnot
        v128.and
        local.set $17
       end
       local.get $17
       v128.bitselect
       v128.store
       local.get $21
       local.get $17
       v128.store offset=256
       local.get $36
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $36
       v128.and
       local.set $17
       i32.const 1024
       v128.load32_splat
       local.set $16
       local.get $21
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $24
       if
        local.get $36
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $36
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $16
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $16
        local.get $17
        local.get $36
        local.get $18
        v128.andnot
        v128.and
        local.set $17
       end
       local.get $17
       v128.bitselect
       v128.store offset=16
       local.get $21
       local.get $17
       v128.store offset=272
       local.get $22
       local.get $16
       v128.or
       local.set $22
       local.get $37
       i32x4.extend_low_i16x8_s
       local.get $11
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $18
       v128.and
       local.set $16
       i32.const 1024
       v128.load32_splat
       local.set $17
       local.get $21
       local.get $20
       i32.const 1064
       v128.load32_splat
       local.get $24
       if
        local.get $18
        local.get $20
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $18
        local.get $20
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $17
        local.get $14
        select
        local.tee $20
        v128.or
        v128.andnot
        local.set $17
        local.get $16
        local.get $18
        local.get $20
        v128.andnot
        v128.and
        local.set $16
       end
       local.get $16
       v128.bitselect
       v128.store offset=32
       local.get $21
       local.get $16
       v128.store offset=288
       local.get $37
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $16
       local.get $24
       if
        local.get $20
        local.get $38
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $38
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $16
        local.get $14
        select
        local.tee $36
        v128.or
        v128.andnot
        local.set $16
        local.get $18
        local.get $20
        local.get $36
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $21
       local.get $38
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=48
       local.get $21
       local.get $18
       v128.store offset=304
       i32.const 0
       local.get $22
       local.get $17
       local.get $16
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.23
       drop
       local.get $26
       i32.const -64
       i32.sub
       local.set $26
       br $for-loop|1
      end
     end
     i32.const 0
     local.set $24
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     local.set $22
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     i32.const 256
     i32.add
     local.set $35
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $11
     local.get $8
     local.set $0
     local.get $19
     local.get $23
     i32.add
     local.set $28
     local.get $2
     local.get $23
     i32.add
     local.set $32
     local.get $4
     local.get $23
     i32.add
     local.set $29
     i32.const 0
     local.set $26
     i32.const 0
     local.set $30
     loop $for-loop|6
      local.get $9
      local.get $30
      i32.gt_s
      if
       local.get $11
       v128.load
       local.set $16
       local.get $11
       v128.load offset=16
       local.set $17
       local.get $11
       v128.load offset=32
       local.set $20
       local.get $11
       v128.load offset=48
       local.set $18
       local.get $11
       v128.load offset=64
       drop
       local.get $11
       v128.load offset=80
       drop
       i32.const 0
       local.set $21
       loop $for-loop|7
        local.get $21
        i32.const 64
        i32.lt_u
        if
         local.get $16
         local.get $21
         local.get $28
         i32.add
         v128.load
         local.tee $36
         local.get $21
         local.get $35
         i32.add
         v128.load
         local.tee $37
         v128.and
         local.tee $38
         f32x4.add
         local.set $16
         local.get $25
         local.get $36
         i32x4.max_u
         local.get $21
         local.get $29
         i32.add
         v128.load
         local.tee $36
         i32x4.max_u
         local.set $25
         local.get $17
         local.get $36
         local.get $37
         v128.and
         local.tee $36
         f32x4.add
         local.set $17
         local.get $18
         local.get $36
         f32x4.pmax
         local.set $18
         local.get $20
         local.get $38
         local.get $36
         f32x4.sub
         local.get $22
         v128.and
         f32x4.add
         local.set $20
         local.get $21
         i32.const 16
         i32.add
         local.set $21
         br $for-loop|7
        end
       end
       local.get $11
       local.get $16
       v128.store
       local.get $11
       local.get $17
       v128.store offset=16
       local.get $11
       local.get $20
       v128.store offset=32
       local.get $11
       local.get $18
       v128.store offset=48
       local.get $11
       i32.const 96
       i32.add
       local.set $11
       local.get $0
       i32.const 256
       i32.add
       local.set $0
       local.get $1
       local.get $28
       i32.add
       local.set $28
       local.get $3
       local.get $32
       i32.add
       local.set $32
       local.get $5
       local.get $29
       i32.add
       local.set $29
       local.get $30
       i32.const 1
       i32.add
       local.set $30
       br $for-loop|6
      end
     end
     local.get $23
     i32.const -64
     i32.sub
     local.tee $0
     local.get $31
     i32.eq
     local.set $11
     i32.const 0
     local.get $0
     i32.const 511
     i32.and
     local.get $11
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $16
      loop $for-loop|8
       local.get $9
       local.get $24
       i32.gt_s
       if
        local.get $15
        local.get $24
        i32.const 6
        i32.shl
        i32.add
        local.tee $0
        local.get $0
        f64.load
        local.get $34
        local.get $24
        i32.const 96
        i32.mul
        i32.add
        local.tee $21
        v128.load
        local.tee $17
        f64x2.promote_low_f32x4
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $17
        f64x2.extract_lane 0
        local.get $17
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $0
        local.get $0
        f64.load offset=8
        local.get $21
        v128.load offset=16
        local.tee $17
        f64x2.promote_low_f32x4
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $17
        f64x2.extract_lane 0
        local.get $17
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $0
        local.get $0
        f64.load offset=16
        local.get $21
        v128.load offset=32
        local.tee $17
        f64x2.promote_low_f32x4
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $17
        f64x2.extract_lane 0
        local.get $17
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $21
        local.get $16
        v128.store
        local.get $21
        local.get $16
        v128.store offset=16
        local.get $21
        local.get $16
        v128.store offset=32
        local.get $11
        if
         local.get $0
         local.get $0
         f64.load offset=24
         local.get $21
         v128.load offset=48
         local.tee $17
         f32x4.extract_lane 0
         local.get $17
         f32x4.extract_lane 1
         f32.max
         local.get $17
         f32x4.extract_lane 2
         local.get $17
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=24
        end
        local.get $24
        i32.const 1
        i32.add
        local.set $24
        br $for-loop|8
       end
      end
     end
     local.get $23
     i32.const -64
     i32.sub
     local.set $23
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $27
   i32x4.extract_lane 0
   local.tee $0
   local.get $27
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $27
   i32x4.extract_lane 2
   local.tee $1
   local.get $27
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.23
   drop
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsProbsHardN2Max (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (result i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 v128)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  local.get $0
  local.set $19
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $31
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $32
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $27
  local.set $25
  local.get $11
  i32.const 2
  i32.shl
  local.set $28
  block $wasm/assembly/loss/statsChunk|inlined.16 (result i32)
   loop $for-loop|0
    local.get $24
    local.get $28
    i32.lt_u
    if
     local.get $24
     i32.const 2
     i32.shr_u
     local.set $0
     i32.const 0
     local.set $22
     loop $for-loop|1
      local.get $22
      i32.const 64
      i32.lt_u
      if
       local.get $0
       local.get $22
       i32.const 2
       i32.shr_u
       i32.add
       local.set $11
       i32.const 1024
       v128.load32_splat
       local.set $16
       i32.const 1064
       v128.load32_splat
       local.set $17
       local.get $22
       local.get $31
       i32.add
       local.set $21
       local.get $7
       if
        local.get $7
        local.get $11
        i32.add
        v128.load
        local.get $16
        i8x16.eq
        v128.not
        local.set $17
       end
       local.get $17
       i16x8.extend_low_i8x16_s
       local.set $35
       local.get $17
       i16x8.extend_high_i8x16_s
       local.set $36
       local.get $16
       local.tee $18
       local.set $20
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $11
        i32.add
        v128.load
        local.tee $17
        i16x8.extend_low_i8x16_u
        local.tee $18
        i32x4.extend_low_i16x8_u
        local.set $16
        local.get $18
        i32x4.extend_high_i16x8_u
        local.set $18
        local.get $17
        i16x8.extend_high_i8x16_u
        local.tee $17
        i32x4.extend_low_i16x8_u
        local.set $20
        local.get $17
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $11
         i32.const 1
         i32.shl
         i32.add
         local.tee $26
         v128.load
         local.tee $17
         i32x4.extend_low_i16x8_u
         local.set $16
         local.get $17
         i32x4.extend_high_i16x8_u
         local.set $18
         local.get $26
         v128.load offset=16
         local.tee $17
         i32x4.extend_low_i16x8_u
         local.set $20
         local.get $17
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $11
          i32.const 2
          i32.shl
          i32.add
          local.tee $26
          v128.load
          local.set $16
          local.get $26
          v128.load offset=16
          local.set $18
          local.get $26
          v128.load offset=32
          local.set $20
          local.get $26
          v128.load offset=48
         else
          local.get $20
         end
        end
       end
       local.set $37
       local.get $35
       i32x4.extend_low_i16x8_s
       local.get $11
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $38
       v128.and
       local.set $17
       i32.const 1024
       v128.load32_splat
       local.set $23
       local.get $21
       local.get $16
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $26
       if
        local.get $38
        local.get $16
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $38
        local.get $16
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $23
        local.get $14
        select
        local.tee $16
        v128.or
        v128.andnot
        local.set $23
        local.get $17
        local.get $38
        local.get $16
        v128.andnot
        v128.and
        local.set $17
       end
       local.get $17
       v128.bitselect
       v128.store
       local.get $21
       local.get $17
       v128.store offset=256
       local.get $35
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $35
       v128.and
       local.set $17
       i32.const 1024
       v128.load32_splat
       local.set $16
       local.get $21
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $26
       if
        local.get $35
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $35
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $16
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $16
        local.get $17
        local.get $35
        local.get $18
        v128.andnot
        v128.and
        local.set $17
       end
       local.get $17
       v128.bitselect
       v128.store offset=16
       local.get $21
       local.get $17
       v128.store offset=272
       local.get $23
       local.get $16
       v128.or
       local.set $23
       local.get $36
       i32x4.extend_low_i16x8_s
       local.get $11
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $18
       v128.and
       local.set $16
       i32.const 1024
       v128.load32_splat
       local.set $17
       local.get $21
       local.get $20
       i32.const 1064
       v128.load32_splat
       local.get $26
       if
        local.get $18
        local.get $20
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $18
        local.get $20
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $17
        local.get $14
        select
        local.tee $20
        v128.or
        v128.andnot
        local.set $17
        local.get $16
        local.get $18
        local.get $20
        v128.andnot
        v128.and
        local.set $16
       end
       local.get $16
       v128.bitselect
       v128.store offset=32
       local.get $21
       local.get $16
       v128.store offset=288
       local.get $36
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $16
       local.get $26
       if
        local.get $20
        local.get $37
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $37
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $16
        local.get $14
        select
        local.tee $35
        v128.or
        v128.andnot
        local.set $16
        local.get $18
        local.get $20
        local.get $35
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $21
       local.get $37
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=48
       local.get $21
       local.get $18
       v128.store offset=304
       i32.const 0
       local.get $23
       local.get $17
       local.get $16
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.16
       drop
       local.get $22
       i32.const -64
       i32.sub
       local.set $22
       br $for-loop|1
      end
     end
     i32.const 1028
     v128.load32_splat
     local.set $35
     i32.const 1068
     v128.load32_splat
     drop
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $33
     i32.const 256
     i32.add
     local.set $34
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $11
     local.get $8
     local.set $0
     local.get $19
     local.get $24
     i32.add
     local.set $26
     local.get $2
     local.get $24
     i32.add
     local.set $29
     local.get $4
     local.get $24
     i32.add
     local.set $30
     i32.const 0
     local.set $21
     loop $for-loop|6
      local.get $9
      local.get $21
      i32.gt_s
      if
       local.get $21
       i32x4.splat
       local.set $36
       local.get $11
       v128.load
       local.set $17
       local.get $11
       v128.load offset=16
       local.set $20
       local.get $11
       v128.load offset=32
       local.set $18
       local.get $11
       v128.load offset=48
       drop
       local.get $11
       v128.load offset=64
       local.set $23
       local.get $11
       v128.load offset=80
       local.set $16
       i32.const 0
       local.set $22
       loop $for-loop|7
        local.get $22
        i32.const 64
        i32.lt_u
        if
         local.get $25
         local.get $22
         local.get $26
         i32.add
         v128.load
         local.tee $37
         i32x4.max_u
         local.set $25
         local.get $37
         local.get $22
         local.get $34
         i32.add
         v128.load
         v128.and
         local.tee $37
         local.get $37
         f32x4.mul
         local.get $17
         f32x4.add
         local.set $17
         local.get $20
         local.get $22
         local.get $33
         i32.add
         v128.load
         local.get $36
         i32x4.eq
         local.tee $38
         i32x4.sub
         local.set $20
         local.get $18
         local.get $37
         local.get $38
         v128.and
         f32x4.add
         local.set $18
         local.get $23
         local.get $37
         f32x4.pmax
         local.set $23
         local.get $16
         local.get $37
         local.get $38
         local.get $35
         v128.and
         f32x4.add
         f32x4.pmax
         local.set $16
         local.get $22
         i32.const 16
         i32.add
         local.set $22
         br $for-loop|7
        end
       end
       local.get $11
       local.get $17
       v128.store
       local.get $11
       local.get $20
       v128.store offset=16
       local.get $11
       local.get $18
       v128.store offset=32
       local.get $11
       local.get $23
       v128.store offset=64
       local.get $11
       local.get $16
       v128.store offset=80
       local.get $11
       i32.const 96
       i32.add
       local.set $11
       local.get $0
       i32.const 256
       i32.add
       local.set $0
       local.get $1
       local.get $26
       i32.add
       local.set $26
       local.get $3
       local.get $29
       i32.add
       local.set $29
       local.get $5
       local.get $30
       i32.add
       local.set $30
       local.get $21
       i32.const 1
       i32.add
       local.set $21
       br $for-loop|6
      end
     end
     local.get $24
     i32.const -64
     i32.sub
     local.tee $0
     local.get $28
     i32.eq
     local.set $11
     i32.const 0
     local.get $0
     i32.const 511
     i32.and
     local.get $11
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $16
      i32.const 0
      local.set $21
      loop $for-loop|8
       local.get $9
       local.get $21
       i32.gt_s
       if
        local.get $15
        local.get $21
        i32.const 6
        i32.shl
        i32.add
        local.tee $0
        local.get $0
        f64.load
        local.get $32
        local.get $21
        i32.const 96
        i32.mul
        i32.add
        local.tee $22
        v128.load
        local.tee $17
        f64x2.promote_low_f32x4
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $17
        f64x2.extract_lane 0
        local.get $17
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $0
        local.get $0
        f64.load offset=8
        local.get $22
        v128.load offset=16
        local.tee $17
        f64x2.convert_low_i32x4_s
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.convert_low_i32x4_s
        f64x2.add
        local.tee $17
        f64x2.extract_lane 0
        local.get $17
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $0
        local.get $0
        f64.load offset=16
        local.get $22
        v128.load offset=32
        local.tee $17
        f64x2.promote_low_f32x4
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $17
        f64x2.extract_lane 0
        local.get $17
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $22
        local.get $16
        v128.store
        local.get $22
        local.get $16
        v128.store offset=16
        local.get $22
        local.get $16
        v128.store offset=32
        local.get $11
        if
         local.get $0
         local.get $0
         f64.load offset=32
         local.get $22
         v128.load offset=64
         local.tee $17
         f32x4.extract_lane 0
         local.get $17
         f32x4.extract_lane 1
         f32.max
         local.get $17
         f32x4.extract_lane 2
         local.get $17
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=32
         local.get $0
         local.get $0
         f64.load offset=40
         local.get $22
         v128.load offset=80
         local.tee $17
         f32x4.extract_lane 0
         local.get $17
         f32x4.extract_lane 1
         f32.max
         local.get $17
         f32x4.extract_lane 2
         local.get $17
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=40
        end
        local.get $21
        i32.const 1
        i32.add
        local.set $21
        br $for-loop|8
       end
      end
     end
     local.get $24
     i32.const -64
     i32.sub
     local.set $24
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $27
   i32x4.extract_lane 0
   local.tee $0
   local.get $27
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $27
   i32x4.extract_lane 2
   local.tee $1
   local.get $27
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.16
   drop
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsProbsHardN2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (result i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 i32)
  (local $32 v128)
  (local $33 i32)
  (local $34 v128)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 v128)
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $27
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $26
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $30
  local.set $32
  local.get $11
  i32.const 2
  i32.shl
  local.set $29
  block $wasm/assembly/loss/statsChunk|inlined.17 (result i32)
   loop $for-loop|0
    local.get $29
    local.get $33
    i32.gt_u
    if
     local.get $33
     i32.const 2
     i32.shr_u
     local.set $24
     i32.const 0
     local.set $36
     loop $for-loop|1
      local.get $36
      i32.const 64
      i32.lt_u
      if
       local.get $24
       local.get $36
       i32.const 2
       i32.shr_u
       i32.add
       local.set $23
       i32.const 1024
       v128.load32_splat
       local.set $18
       i32.const 1064
       v128.load32_splat
       local.set $16
       local.get $27
       local.get $36
       i32.add
       local.set $19
       local.get $7
       if
        local.get $7
        local.get $23
        i32.add
        v128.load
        local.get $18
        i8x16.eq
        v128.not
        local.set $16
       end
       local.get $16
       i16x8.extend_low_i8x16_s
       local.set $22
       local.get $16
       i16x8.extend_high_i8x16_s
       local.set $21
       local.get $18
       local.tee $17
       local.set $38
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $23
        i32.add
        v128.load
        local.tee $20
        i16x8.extend_low_i8x16_u
        local.tee $16
        i32x4.extend_low_i16x8_u
        local.set $18
        local.get $16
        i32x4.extend_high_i16x8_u
        local.set $17
        local.get $20
        i16x8.extend_high_i8x16_u
        local.tee $16
        i32x4.extend_low_i16x8_u
        local.set $38
        local.get $16
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $23
         i32.const 1
         i32.shl
         i32.add
         local.tee $11
         v128.load
         local.tee $16
         i32x4.extend_low_i16x8_u
         local.set $18
         local.get $16
         i32x4.extend_high_i16x8_u
         local.set $17
         local.get $11
         v128.load offset=16
         local.tee $16
         i32x4.extend_low_i16x8_u
         local.set $38
         local.get $16
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $23
          i32.const 2
          i32.shl
          i32.add
          local.tee $11
          v128.load
          local.set $18
          local.get $11
          v128.load offset=16
          local.set $17
          local.get $11
          v128.load offset=32
          local.set $38
          local.get $11
          v128.load offset=48
         else
          local.get $38
         end
        end
       end
       local.set $25
       local.get $22
       i32x4.extend_low_i16x8_s
       local.get $23
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $16
       i32.const 1024
       v128.load32_splat
       local.set $34
       local.get $19
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $11
       if
        local.get $20
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $34
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $34
        local.get $16
        local.get $20
        local.get $18
        v128.andnot
        v128.and
        local.set $16
       end
       local.get $16
       v128.bitselect
       v128.store
       local.get $19
       local.get $16
       v128.store offset=256
       local.get $22
       i32x4.extend_high_i16x8_s
       local.get $23
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $16
       i32.const 1024
       v128.load32_splat
       local.set $18
       local.get $19
       local.get $17
       i32.const 1064
       v128.load32_splat
       local.get $11
       if
        local.get $20
        local.get $17
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $17
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $18
        local.get $14
        select
        local.tee $17
        v128.or
        v128.andnot
        local.set $18
        local.get $16
        local.get $20
        local.get $17
        v128.andnot
        v128.and
        local.set $16
       end
       local.get $16
       v128.bitselect
       v128.store offset=16
       local.get $19
       local.get $16
       v128.store offset=272
       local.get $34
       local.get $18
       v128.or
       local.set $22
       local.get $21
       i32x4.extend_low_i16x8_s
       local.get $23
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $18
       v128.and
       local.set $16
       i32.const 1024
       v128.load32_splat
       local.set $17
       local.get $11
       if
        local.get $18
        local.get $38
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $38
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $17
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $17
        local.get $16
        local.get $20
        local.get $18
        v128.andnot
        v128.and
        local.set $16
       end
       local.get $19
       local.get $38
       i32.const 1064
       v128.load32_splat
       local.get $16
       v128.bitselect
       v128.store offset=32
       local.get $19
       local.get $16
       v128.store offset=288
       local.get $21
       i32x4.extend_high_i16x8_s
       local.get $23
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $16
       i32.const 1024
       v128.load32_splat
       local.set $18
       local.get $11
       if
        local.get $20
        local.get $25
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $21
        local.get $25
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $18
        local.get $14
        select
        local.tee $20
        v128.or
        v128.andnot
        local.set $18
        local.get $16
        local.get $21
        local.get $20
        v128.andnot
        v128.and
        local.set $16
       end
       local.get $19
       local.get $25
       i32.const 1064
       v128.load32_splat
       local.get $16
       v128.bitselect
       v128.store offset=48
       local.get $19
       local.get $16
       v128.store offset=304
       i32.const 0
       local.get $22
       local.get $17
       local.get $18
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.17
       drop
       local.get $36
       i32.const -64
       i32.sub
       local.set $36
       br $for-loop|1
      end
     end
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     drop
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $23
     i32.const 256
     i32.add
     local.set $19
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $37
     local.get $8
     local.set $11
     local.get $0
     local.get $33
     i32.add
     local.set $31
     local.get $2
     local.get $33
     i32.add
     local.set $28
     local.get $4
     local.get $33
     i32.add
     local.set $24
     i32.const 0
     local.set $35
     loop $for-loop|6
      local.get $9
      local.get $35
      i32.gt_s
      if
       local.get $35
       i32x4.splat
       local.set $21
       local.get $37
       v128.load
       local.set $18
       local.get $37
       v128.load offset=16
       local.set $17
       local.get $37
       v128.load offset=32
       local.set $38
       local.get $37
       v128.load offset=48
       drop
       local.get $37
       v128.load offset=64
       drop
       local.get $37
       v128.load offset=80
       drop
       i32.const 0
       local.set $36
       loop $for-loop|7
        local.get $36
        i32.const 64
        i32.lt_u
        if
         local.get $32
         local.get $31
         local.get $36
         i32.add
         v128.load
         local.tee $16
         i32x4.max_u
         local.set $32
         local.get $16
         local.get $19
         local.get $36
         i32.add
         v128.load
         v128.and
         local.tee $20
         local.get $20
         f32x4.mul
         local.get $18
         f32x4.add
         local.set $18
         local.get $17
         local.get $23
         local.get $36
         i32.add
         v128.load
         local.get $21
         i32x4.eq
         local.tee $16
         i32x4.sub
         local.set $17
         local.get $38
         local.get $20
         local.get $16
         v128.and
         f32x4.add
         local.set $38
         local.get $36
         i32.const 16
         i32.add
         local.set $36
         br $for-loop|7
        end
       end
       local.get $37
       local.get $18
       v128.store
       local.get $37
       local.get $17
       v128.store offset=16
       local.get $37
       local.get $38
       v128.store offset=32
       local.get $37
       i32.const 96
       i32.add
       local.set $37
       local.get $11
       i32.const 256
       i32.add
       local.set $11
       local.get $1
       local.get $31
       i32.add
       local.set $31
       local.get $3
       local.get $28
       i32.add
       local.set $28
       local.get $5
       local.get $24
       i32.add
       local.set $24
       local.get $35
       i32.const 1
       i32.add
       local.set $35
       br $for-loop|6
      end
     end
     local.get $33
     i32.const -64
     i32.sub
     local.tee $11
     i32.const 511
     i32.and
     i32.const 0
     local.get $11
     local.get $29
     i32.ne
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $17
      i32.const 0
      local.set $36
      loop $for-loop|8
       local.get $9
       local.get $36
       i32.gt_s
       if
        local.get $15
        local.get $36
        i32.const 6
        i32.shl
        i32.add
        local.tee $19
        local.get $19
        f64.load
        local.get $26
        local.get $36
        i32.const 96
        i32.mul
        i32.add
        local.tee $11
        v128.load
        local.tee $16
        f64x2.promote_low_f32x4
        local.get $16
        local.get $16
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $16
        f64x2.extract_lane 0
        local.get $16
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $19
        local.get $19
        f64.load offset=8
        local.get $11
        v128.load offset=16
        local.tee $16
        f64x2.convert_low_i32x4_s
        local.get $16
        local.get $16
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.convert_low_i32x4_s
        f64x2.add
        local.tee $16
        f64x2.extract_lane 0
        local.get $16
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $19
        local.get $19
        f64.load offset=16
        local.get $11
        v128.load offset=32
        local.tee $16
        f64x2.promote_low_f32x4
        local.get $16
        local.get $16
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $16
        f64x2.extract_lane 0
        local.get $16
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $11
        local.get $17
        v128.store
        local.get $11
        local.get $17
        v128.store offset=16
        local.get $11
        local.get $17
        v128.store offset=32
        local.get $36
        i32.const 1
        i32.add
        local.set $36
        br $for-loop|8
       end
      end
     end
     local.get $33
     i32.const -64
     i32.sub
     local.set $33
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $30
   i32x4.extract_lane 0
   local.tee $1
   local.get $30
   i32x4.extract_lane 1
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $2
   local.get $30
   i32x4.extract_lane 2
   local.tee $1
   local.get $30
   i32x4.extract_lane 3
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $0
   local.get $0
   local.get $2
   i32.lt_u
   select
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.17
   drop
   local.get $32
   i32x4.extract_lane 0
   local.tee $1
   local.get $32
   i32x4.extract_lane 1
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $2
   local.get $32
   i32x4.extract_lane 2
   local.tee $1
   local.get $32
   i32x4.extract_lane 3
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $0
   local.get $0
   local.get $2
   i32.lt_u
   select
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsProbsHardN1Max (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (result i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  local.get $0
  local.set $19
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $33
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $34
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $27
  local.set $25
  local.get $11
  i32.const 2
  i32.shl
  local.set $30
  block $wasm/assembly/loss/statsChunk|inlined.18 (result i32)
   loop $for-loop|0
    local.get $23
    local.get $30
    i32.lt_u
    if
     local.get $23
     i32.const 2
     i32.shr_u
     local.set $0
     loop $for-loop|1
      local.get $26
      i32.const 64
      i32.lt_u
      if
       local.get $0
       local.get $26
       i32.const 2
       i32.shr_u
       i32.add
       local.set $11
       i32.const 1024
       v128.load32_splat
       local.set $16
       i32.const 1064
       v128.load32_splat
       local.set $17
       local.get $26
       local.get $33
       i32.add
       local.set $21
       local.get $7
       if
        local.get $7
        local.get $11
        i32.add
        v128.load
        local.get $16
        i8x16.eq
        v128.not
        local.set $17
       end
       local.get $17
       i16x8.extend_low_i8x16_s
       local.set $37
       local.get $17
       i16x8.extend_high_i8x16_s
       local.set $38
       local.get $16
       local.tee $18
       local.set $20
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $11
        i32.add
        v128.load
        local.tee $17
        i16x8.extend_low_i8x16_u
        local.tee $18
        i32x4.extend_low_i16x8_u
        local.set $16
        local.get $18
        i32x4.extend_high_i16x8_u
        local.set $18
        local.get $17
        i16x8.extend_high_i8x16_u
        local.tee $17
        i32x4.extend_low_i16x8_u
        local.set $20
        local.get $17
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $11
         i32.const 1
         i32.shl
         i32.add
         local.tee $24
         v128.load
         local.tee $17
         i32x4.extend_low_i16x8_u
         local.set $16
         local.get $17
         i32x4.extend_high_i16x8_u
         local.set $18
         local.get $24
         v128.load offset=16
         local.tee $17
         i32x4.extend_low_i16x8_u
         local.set $20
         local.get $17
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $11
          i32.const 2
          i32.shl
          i32.add
          local.tee $24
          v128.load
          local.set $16
          local.get $24
          v128.load offset=16
          local.set $18
          local.get $24
          v128.load offset=32
          local.set $20
          local.get $24
          v128.load offset=48
         else
          local.get $20
         end
        end
       end
       local.set $39
       local.get $37
       i32x4.extend_low_i16x8_s
       local.get $11
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $40
       v128.and
       local.set $17
       i32.const 1024
       v128.load32_splat
       local.set $22
       local.get $21
       local.get $16
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $24
       if
        local.get $40
        local.get $16
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $40
        local.get $16
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $22
        local.get $14
        select
        local.tee $16
        v128.or
        v128.andnot
        local.set $22
        local.get $17
        local.get $40
        local.get $16
        v128.andnot
        v128.and
        local.set $17
       end
       local.get $17
       v128.bitselect
       v128.store
       local.get $21
       local.get $17
       v128.store offset=256
       local.get $37
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $37
       v128.and
       local.set $17
       i32.const 1024
       v128.load32_splat
       local.set $16
       local.get $21
       local.get $18
       i32.const 1064
       v128.load32_splat
       local.get $24
       if
        local.get $37
        local.get $18
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $37
        local.get $18
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $16
        local.get $14
        select
        local.tee $18
        v128.or
        v128.andnot
        local.set $16
        local.get $17
        local.get $37
        local.get $18
        v128.andnot
        v128.and
        local.set $17
       end
       local.get $17
       v128.bitselect
       v128.store offset=16
       local.get $21
       local.get $17
       v128.store offset=272
       local.get $22
       local.get $16
       v128.or
       local.set $22
       local.get $38
       i32x4.extend_low_i16x8_s
       local.get $11
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $18
       v128.and
       local.set $16
       i32.const 1024
       v128.load32_splat
       local.set $17
       local.get $21
       local.get $20
       i32.const 1064
       v128.load32_splat
       local.get $24
       if
        local.get $18
        local.get $20
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $18
        local.get $20
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $17
        local.get $14
        select
        local.tee $20
        v128.or
        v128.andnot
        local.set $17
        local.get $16
        local.get $18
        local.get $20
        v128.andnot
        v128.and
        local.set $16
       end
       local.get $16
       v128.bitselect
       v128.store offset=32
       local.get $21
       local.get $16
       v128.store offset=288
       local.get $38
       i32x4.extend_high_i16x8_s
       local.get $11
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $18
       i32.const 1024
       v128.load32_splat
       local.set $16
       local.get $24
       if
        local.get $20
        local.get $39
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $39
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $16
        local.get $14
        select
        local.tee $37
        v128.or
        v128.andnot
        local.set $16
        local.get $18
        local.get $20
        local.get $37
        v128.andnot
        v128.and
        local.set $18
       end
       local.get $21
       local.get $39
       i32.const 1064
       v128.load32_splat
       local.get $18
       v128.bitselect
       v128.store offset=48
       local.get $21
       local.get $18
       v128.store offset=304
       i32.const 0
       local.get $22
       local.get $17
       local.get $16
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.18
       drop
       local.get $26
       i32.const -64
       i32.sub
       local.set $26
       br $for-loop|1
      end
     end
     i32.const 1028
     v128.load32_splat
     local.set $37
     i32.const 1068
     v128.load32_splat
     drop
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $35
     i32.const 256
     i32.add
     local.set $36
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $11
     local.get $8
     local.set $0
     local.get $19
     local.get $23
     i32.add
     local.set $29
     local.get $2
     local.get $23
     i32.add
     local.set $31
     local.get $4
     local.get $23
     i32.add
     local.set $32
     i32.const 0
     local.set $24
     i32.const 0
     local.set $26
     i32.const 0
     local.set $28
     loop $for-loop|6
      local.get $9
      local.get $28
      i32.gt_s
      if
       local.get $28
       i32x4.splat
       local.set $38
       local.get $11
       v128.load
       local.set $17
       local.get $11
       v128.load offset=16
       local.set $20
       local.get $11
       v128.load offset=32
       local.set $16
       local.get $11
       v128.load offset=48
       drop
       local.get $11
       v128.load offset=64
       local.set $22
       local.get $11
       v128.load offset=80
       local.set $18
       i32.const 0
       local.set $21
       loop $for-loop|7
        local.get $21
        i32.const 64
        i32.lt_u
        if
         local.get $25
         local.get $21
         local.get $29
         i32.add
         v128.load
         local.tee $39
         i32x4.max_u
         local.set $25
         local.get $17
         local.get $39
         local.get $21
         local.get $36
         i32.add
         v128.load
         v128.and
         local.tee $39
         f32x4.add
         local.set $17
         local.get $20
         local.get $21
         local.get $35
         i32.add
         v128.load
         local.get $38
         i32x4.eq
         local.tee $40
         i32x4.sub
         local.set $20
         local.get $16
         local.get $39
         local.get $40
         v128.and
         f32x4.add
         local.set $16
         local.get $22
         local.get $39
         f32x4.pmax
         local.set $22
         local.get $18
         local.get $39
         local.get $40
         local.get $37
         v128.and
         f32x4.add
         f32x4.pmax
         local.set $18
         local.get $21
         i32.const 16
         i32.add
         local.set $21
         br $for-loop|7
        end
       end
       local.get $11
       local.get $17
       v128.store
       local.get $11
       local.get $20
       v128.store offset=16
       local.get $11
       local.get $16
       v128.store offset=32
       local.get $11
       local.get $22
       v128.store offset=64
       local.get $11
       local.get $18
       v128.store offset=80
       local.get $11
       i32.const 96
       i32.add
       local.set $11
       local.get $0
       i32.const 256
       i32.add
       local.set $0
       local.get $1
       local.get $29
       i32.add
       local.set $29
       local.get $3
       local.get $31
       i32.add
       local.set $31
       local.get $5
       local.get $32
       i32.add
       local.set $32
       local.get $28
       i32.const 1
       i32.add
       local.set $28
       br $for-loop|6
      end
     end
     local.get $23
     i32.const -64
     i32.sub
     local.tee $0
     local.get $30
     i32.eq
     local.set $11
     i32.const 0
     local.get $0
     i32.const 511
     i32.and
     local.get $11
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $16
      loop $for-loop|8
       local.get $9
       local.get $24
       i32.gt_s
       if
        local.get $15
        local.get $24
        i32.const 6
        i32.shl
        i32.add
        local.tee $0
        local.get $0
        f64.load
        local.get $34
        local.get $24
        i32.const 96
        i32.mul
        i32.add
        local.tee $21
        v128.load
        local.tee $17
        f64x2.promote_low_f32x4
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $17
        f64x2.extract_lane 0
        local.get $17
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $0
        local.get $0
        f64.load offset=8
        local.get $21
        v128.load offset=16
        local.tee $17
        f64x2.convert_low_i32x4_s
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.convert_low_i32x4_s
        f64x2.add
        local.tee $17
        f64x2.extract_lane 0
        local.get $17
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $0
        local.get $0
        f64.load offset=16
        local.get $21
        v128.load offset=32
        local.tee $17
        f64x2.promote_low_f32x4
        local.get $17
        local.get $17
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $17
        f64x2.extract_lane 0
        local.get $17
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $21
        local.get $16
        v128.store
        local.get $21
        local.get $16
        v128.store offset=16
        local.get $21
        local.get $16
        v128.store offset=32
        local.get $11
        if
         local.get $0
         local.get $0
         f64.load offset=32
         local.get $21
         v128.load offset=64
         local.tee $17
         f32x4.extract_lane 0
         local.get $17
         f32x4.extract_lane 1
         f32.max
         local.get $17
         f32x4.extract_lane 2
         local.get $17
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=32
         local.get $0
         local.get $0
         f64.load offset=40
         local.get $21
         v128.load offset=80
         local.tee $17
         f32x4.extract_lane 0
         local.get $17
         f32x4.extract_lane 1
         f32.max
         local.get $17
         f32x4.extract_lane 2
         local.get $17
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=40
        end
        local.get $24
        i32.const 1
        i32.add
        local.set $24
        br $for-loop|8
       end
      end
     end
     local.get $23
     i32.const -64
     i32.sub
     local.set $23
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $27
   i32x4.extract_lane 0
   local.tee $0
   local.get $27
   i32x4.extract_lane 1
   local.tee $1
   local.get $0
   local.get $1
   i32.gt_u
   select
   local.tee $0
   local.get $27
   i32x4.extract_lane 2
   local.tee $1
   local.get $27
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
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.18
   drop
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
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsProbsHardN1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (result i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  (local $32 i32)
  (local $33 v128)
  (local $34 i32)
  (local $35 v128)
  (local $36 i32)
  (local $37 i32)
  (local $38 v128)
  local.get $0
  local.set $18
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $27
  local.get $8
  local.get $9
  i32.const 8
  i32.shl
  i32.add
  local.tee $26
  i32.const 0
  local.get $9
  i32.const 96
  i32.mul
  memory.fill
  i32.const 1024
  v128.load32_splat
  local.tee $31
  local.set $33
  local.get $11
  i32.const 2
  i32.shl
  local.set $29
  block $wasm/assembly/loss/statsChunk|inlined.19 (result i32)
   loop $for-loop|0
    local.get $29
    local.get $34
    i32.gt_u
    if
     local.get $34
     i32.const 2
     i32.shr_u
     local.set $24
     i32.const 0
     local.set $36
     loop $for-loop|1
      local.get $36
      i32.const 64
      i32.lt_u
      if
       local.get $24
       local.get $36
       i32.const 2
       i32.shr_u
       i32.add
       local.set $23
       i32.const 1024
       v128.load32_splat
       local.set $19
       i32.const 1064
       v128.load32_splat
       local.set $16
       local.get $27
       local.get $36
       i32.add
       local.set $11
       local.get $7
       if
        local.get $7
        local.get $23
        i32.add
        v128.load
        local.get $19
        i8x16.eq
        v128.not
        local.set $16
       end
       local.get $16
       i16x8.extend_low_i8x16_s
       local.set $22
       local.get $16
       i16x8.extend_high_i8x16_s
       local.set $21
       local.get $19
       local.tee $17
       local.set $38
       local.get $12
       i32.const 1
       i32.eq
       if (result v128)
        local.get $6
        local.get $23
        i32.add
        v128.load
        local.tee $20
        i16x8.extend_low_i8x16_u
        local.tee $16
        i32x4.extend_low_i16x8_u
        local.set $19
        local.get $16
        i32x4.extend_high_i16x8_u
        local.set $17
        local.get $20
        i16x8.extend_high_i8x16_u
        local.tee $16
        i32x4.extend_low_i16x8_u
        local.set $38
        local.get $16
        i32x4.extend_high_i16x8_u
       else
        local.get $12
        i32.const 2
        i32.eq
        if (result v128)
         local.get $6
         local.get $23
         i32.const 1
         i32.shl
         i32.add
         local.tee $0
         v128.load
         local.tee $16
         i32x4.extend_low_i16x8_u
         local.set $19
         local.get $16
         i32x4.extend_high_i16x8_u
         local.set $17
         local.get $0
         v128.load offset=16
         local.tee $16
         i32x4.extend_low_i16x8_u
         local.set $38
         local.get $16
         i32x4.extend_high_i16x8_u
        else
         local.get $12
         if (result v128)
          local.get $6
          local.get $23
          i32.const 2
          i32.shl
          i32.add
          local.tee $0
          v128.load
          local.set $19
          local.get $0
          v128.load offset=16
          local.set $17
          local.get $0
          v128.load offset=32
          local.set $38
          local.get $0
          v128.load offset=48
         else
          local.get $38
         end
        end
       end
       local.set $25
       local.get $22
       i32x4.extend_low_i16x8_s
       local.get $23
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $16
       i32.const 1024
       v128.load32_splat
       local.set $35
       local.get $11
       local.get $19
       i32.const 1064
       v128.load32_splat
       local.get $12
       i32.const 0
       i32.ne
       local.tee $0
       if
        local.get $20
        local.get $19
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $19
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $35
        local.get $14
        select
        local.tee $19
        v128.or
        v128.andnot
        local.set $35
        local.get $16
        local.get $20
        local.get $19
        v128.andnot
        v128.and
        local.set $16
       end
       local.get $16
       v128.bitselect
       v128.store
       local.get $11
       local.get $16
       v128.store offset=256
       local.get $22
       i32x4.extend_high_i16x8_s
       local.get $23
       i32.const 4
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $16
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $11
       local.get $17
       i32.const 1064
       v128.load32_splat
       local.get $0
       if
        local.get $20
        local.get $17
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $17
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $17
        v128.or
        v128.andnot
        local.set $19
        local.get $16
        local.get $20
        local.get $17
        v128.andnot
        v128.and
        local.set $16
       end
       local.get $16
       v128.bitselect
       v128.store offset=16
       local.get $11
       local.get $16
       v128.store offset=272
       local.get $35
       local.get $19
       v128.or
       local.set $22
       local.get $21
       i32x4.extend_low_i16x8_s
       local.get $23
       i32.const 8
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $19
       v128.and
       local.set $16
       i32.const 1024
       v128.load32_splat
       local.set $17
       local.get $0
       if
        local.get $19
        local.get $38
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $20
        local.get $38
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $17
        local.get $14
        select
        local.tee $19
        v128.or
        v128.andnot
        local.set $17
        local.get $16
        local.get $20
        local.get $19
        v128.andnot
        v128.and
        local.set $16
       end
       local.get $11
       local.get $38
       i32.const 1064
       v128.load32_splat
       local.get $16
       v128.bitselect
       v128.store offset=32
       local.get $11
       local.get $16
       v128.store offset=288
       local.get $21
       i32x4.extend_high_i16x8_s
       local.get $23
       i32.const 12
       i32.add
       i32x4.splat
       i32.const 1088
       v128.load
       i32x4.add
       local.get $10
       i32x4.splat
       i32x4.lt_s
       local.tee $20
       v128.and
       local.set $16
       i32.const 1024
       v128.load32_splat
       local.set $19
       local.get $0
       if
        local.get $20
        local.get $25
        local.get $9
        i32x4.splat
        i32x4.lt_u
        local.tee $21
        local.get $25
        local.get $13
        i32x4.splat
        i32x4.eq
        local.get $19
        local.get $14
        select
        local.tee $20
        v128.or
        v128.andnot
        local.set $19
        local.get $16
        local.get $21
        local.get $20
        v128.andnot
        v128.and
        local.set $16
       end
       local.get $11
       local.get $25
       i32.const 1064
       v128.load32_splat
       local.get $16
       v128.bitselect
       v128.store offset=48
       local.get $11
       local.get $16
       v128.store offset=304
       i32.const 0
       local.get $22
       local.get $17
       local.get $19
       v128.or
       v128.or
       v128.any_true
       br_if $wasm/assembly/loss/statsChunk|inlined.19
       drop
       local.get $36
       i32.const -64
       i32.sub
       local.set $36
       br $for-loop|1
      end
     end
     i32.const 1028
     v128.load32_splat
     drop
     i32.const 1068
     v128.load32_splat
     drop
     local.get $8
     local.get $9
     i32.const 352
     i32.mul
     i32.add
     local.tee $24
     i32.const 256
     i32.add
     local.set $23
     local.get $8
     local.get $9
     i32.const 8
     i32.shl
     i32.add
     local.set $11
     local.get $8
     local.set $0
     local.get $18
     local.get $34
     i32.add
     local.set $30
     local.get $2
     local.get $34
     i32.add
     local.set $36
     local.get $4
     local.get $34
     i32.add
     local.set $28
     i32.const 0
     local.set $32
     loop $for-loop|6
      local.get $9
      local.get $32
      i32.gt_s
      if
       local.get $32
       i32x4.splat
       local.set $21
       local.get $11
       v128.load
       local.set $19
       local.get $11
       v128.load offset=16
       local.set $17
       local.get $11
       v128.load offset=32
       local.set $38
       local.get $11
       v128.load offset=48
       drop
       local.get $11
       v128.load offset=64
       drop
       local.get $11
       v128.load offset=80
       drop
       i32.const 0
       local.set $37
       loop $for-loop|7
        local.get $37
        i32.const 64
        i32.lt_u
        if
         local.get $33
         local.get $30
         local.get $37
         i32.add
         v128.load
         local.tee $16
         i32x4.max_u
         local.set $33
         local.get $19
         local.get $16
         local.get $23
         local.get $37
         i32.add
         v128.load
         v128.and
         local.tee $20
         f32x4.add
         local.set $19
         local.get $17
         local.get $24
         local.get $37
         i32.add
         v128.load
         local.get $21
         i32x4.eq
         local.tee $16
         i32x4.sub
         local.set $17
         local.get $38
         local.get $20
         local.get $16
         v128.and
         f32x4.add
         local.set $38
         local.get $37
         i32.const 16
         i32.add
         local.set $37
         br $for-loop|7
        end
       end
       local.get $11
       local.get $19
       v128.store
       local.get $11
       local.get $17
       v128.store offset=16
       local.get $11
       local.get $38
       v128.store offset=32
       local.get $11
       i32.const 96
       i32.add
       local.set $11
       local.get $0
       i32.const 256
       i32.add
       local.set $0
       local.get $1
       local.get $30
       i32.add
       local.set $30
       local.get $3
       local.get $36
       i32.add
       local.set $36
       local.get $5
       local.get $28
       i32.add
       local.set $28
       local.get $32
       i32.const 1
       i32.add
       local.set $32
       br $for-loop|6
      end
     end
     local.get $34
     i32.const -64
     i32.sub
     local.tee $0
     i32.const 511
     i32.and
     i32.const 0
     local.get $0
     local.get $29
     i32.ne
     select
     i32.eqz
     if
      i32.const 1024
      v128.load32_splat
      local.set $17
      i32.const 0
      local.set $36
      loop $for-loop|8
       local.get $9
       local.get $36
       i32.gt_s
       if
        local.get $15
        local.get $36
        i32.const 6
        i32.shl
        i32.add
        local.tee $11
        local.get $11
        f64.load
        local.get $26
        local.get $36
        i32.const 96
        i32.mul
        i32.add
        local.tee $0
        v128.load
        local.tee $16
        f64x2.promote_low_f32x4
        local.get $16
        local.get $16
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $16
        f64x2.extract_lane 0
        local.get $16
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $11
        local.get $11
        f64.load offset=8
        local.get $0
        v128.load offset=16
        local.tee $16
        f64x2.convert_low_i32x4_s
        local.get $16
        local.get $16
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.convert_low_i32x4_s
        f64x2.add
        local.tee $16
        f64x2.extract_lane 0
        local.get $16
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
        local.get $11
        local.get $11
        f64.load offset=16
        local.get $0
        v128.load offset=32
        local.tee $16
        f64x2.promote_low_f32x4
        local.get $16
        local.get $16
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.tee $16
        f64x2.extract_lane 0
        local.get $16
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $0
        local.get $17
        v128.store
        local.get $0
        local.get $17
        v128.store offset=16
        local.get $0
        local.get $17
        v128.store offset=32
        local.get $36
        i32.const 1
        i32.add
        local.set $36
        br $for-loop|8
       end
      end
     end
     local.get $34
     i32.const -64
     i32.sub
     local.set $34
     br $for-loop|0
    end
   end
   i32.const 0
   local.get $31
   i32x4.extract_lane 0
   local.tee $1
   local.get $31
   i32x4.extract_lane 1
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $2
   local.get $31
   i32x4.extract_lane 2
   local.tee $1
   local.get $31
   i32x4.extract_lane 3
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $0
   local.get $0
   local.get $2
   i32.lt_u
   select
   i32.const 2139095039
   i32.gt_u
   br_if $wasm/assembly/loss/statsChunk|inlined.19
   drop
   local.get $33
   i32x4.extract_lane 0
   local.tee $1
   local.get $33
   i32x4.extract_lane 1
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $2
   local.get $33
   i32x4.extract_lane 2
   local.tee $1
   local.get $33
   i32x4.extract_lane 3
   local.tee $0
   local.get $0
   local.get $1
   i32.lt_u
   select
   local.tee $0
   local.get $0
   local.get $2
   i32.lt_u
   select
   local.tee $0
   i32.const 1
   local.get $0
   select
  end
 )
 (func $wasm/assembly/loss/statsAny (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32) (param $18 i32) (param $19 i32) (param $20 i32) (result i32)
  (local $21 i32)
  local.get $12
  i32.const 0
  i32.ne
  local.set $21
  local.get $18
  i32.const 1
  i32.eq
  if
   local.get $19
   i32.const 0
   i32.ne
   local.get $21
   i32.and
   local.get $20
   i32.const 0
   i32.ne
   i32.and
   if (result i32)
    local.get $0
    local.get $1
    local.get $2
    local.get $3
    local.get $4
    local.get $5
    local.get $6
    local.get $7
    local.get $8
    local.get $9
    local.get $10
    local.get $11
    local.get $12
    local.get $13
    local.get $14
    local.get $15
    local.get $16
    local.get $17
    call $wasm/assembly/loss/statsSoftmaxHardN2Max
   else
    local.get $20
    i32.eqz
    local.get $19
    i32.const 0
    i32.ne
    local.get $21
    i32.and
    i32.and
    if (result i32)
     local.get $0
     local.get $1
     local.get $2
     local.get $3
     local.get $4
     local.get $5
     local.get $6
     local.get $7
     local.get $8
     local.get $9
     local.get $10
     local.get $11
     local.get $12
     local.get $13
     local.get $14
     local.get $15
     local.get $16
     local.get $17
     call $wasm/assembly/loss/statsSoftmaxHardN2
    else
     local.get $19
     i32.eqz
     local.get $21
     i32.and
     local.get $20
     i32.const 0
     i32.ne
     i32.and
     if (result i32)
      local.get $0
      local.get $1
      local.get $2
      local.get $3
      local.get $4
      local.get $5
      local.get $6
      local.get $7
      local.get $8
      local.get $9
      local.get $10
      local.get $11
      local.get $12
      local.get $13
      local.get $14
      local.get $15
      local.get $16
      local.get $17
      call $wasm/assembly/loss/statsSoftmaxHardN1Max
     else
      local.get $20
      i32.eqz
      local.get $19
      i32.eqz
      local.get $21
      i32.and
      i32.and
      if (result i32)
       local.get $0
       local.get $1
       local.get $2
       local.get $3
       local.get $4
       local.get $5
       local.get $6
       local.get $7
       local.get $8
       local.get $9
       local.get $10
       local.get $11
       local.get $12
       local.get $13
       local.get $14
       local.get $15
       local.get $16
       local.get $17
       call $wasm/assembly/loss/statsSoftmaxHardN1
      else
       local.get $21
       i32.eqz
       local.get $19
       i32.const 0
       i32.ne
       i32.and
       local.get $20
       i32.const 0
       i32.ne
       i32.and
       if (result i32)
        local.get $0
        local.get $1
        local.get $2
        local.get $3
        local.get $4
        local.get $5
        local.get $6
        local.get $7
        local.get $8
        local.get $9
        local.get $10
        local.get $11
        local.get $12
        local.get $13
        local.get $14
        local.get $15
        local.get $16
        local.get $17
        call $wasm/assembly/loss/statsSoftmaxSoftN2Max
       else
        local.get $20
        i32.eqz
        local.get $21
        i32.eqz
        local.get $19
        i32.const 0
        i32.ne
        i32.and
        i32.and
        if (result i32)
         local.get $0
         local.get $1
         local.get $2
         local.get $3
         local.get $4
         local.get $5
         local.get $6
         local.get $7
         local.get $8
         local.get $9
         local.get $10
         local.get $11
         local.get $12
         local.get $13
         local.get $14
         local.get $15
         local.get $16
         local.get $17
         call $wasm/assembly/loss/statsSoftmaxSoftN2
        else
         local.get $19
         local.get $21
         i32.or
         i32.eqz
         local.get $20
         i32.const 0
         i32.ne
         i32.and
         if (result i32)
          local.get $0
          local.get $1
          local.get $2
          local.get $3
          local.get $4
          local.get $5
          local.get $6
          local.get $7
          local.get $8
          local.get $9
          local.get $10
          local.get $11
          local.get $12
          local.get $13
          local.get $14
          local.get $15
          local.get $16
          local.get $17
          call $wasm/assembly/loss/statsSoftmaxSoftN1Max
         else
          local.get $0
          local.get $1
          local.get $2
          local.get $3
          local.get $4
          local.get $5
          local.get $6
          local.get $7
          local.get $8
          local.get $9
          local.get $10
          local.get $11
          local.get $12
          local.get $13
          local.get $14
          local.get $15
          local.get $16
          local.get $17
          call $wasm/assembly/loss/statsSoftmaxSoftN1
         end
        end
       end
      end
     end
    end
   end
   return
  end
  local.get $18
  i32.const 2
  i32.eq
  if
   local.get $19
   i32.const 0
   i32.ne
   local.get $21
   i32.and
   local.get $20
   i32.const 0
   i32.ne
   i32.and
   if (result i32)
    local.get $0
    local.get $1
    local.get $2
    local.get $3
    local.get $4
    local.get $5
    local.get $6
    local.get $7
    local.get $8
    local.get $9
    local.get $10
    local.get $11
    local.get $12
    local.get $13
    local.get $14
    local.get $15
    local.get $16
    local.get $17
    call $wasm/assembly/loss/statsSigmoidHardN2Max
   else
    local.get $20
    i32.eqz
    local.get $19
    i32.const 0
    i32.ne
    local.get $21
    i32.and
    i32.and
    if (result i32)
     local.get $0
     local.get $1
     local.get $2
     local.get $3
     local.get $4
     local.get $5
     local.get $6
     local.get $7
     local.get $8
     local.get $9
     local.get $10
     local.get $11
     local.get $12
     local.get $13
     local.get $14
     local.get $15
     local.get $16
     local.get $17
     call $wasm/assembly/loss/statsSigmoidHardN2
    else
     local.get $19
     i32.eqz
     local.get $21
     i32.and
     local.get $20
     i32.const 0
     i32.ne
     i32.and
     if (result i32)
      local.get $0
      local.get $1
      local.get $2
      local.get $3
      local.get $4
      local.get $5
      local.get $6
      local.get $7
      local.get $8
      local.get $9
      local.get $10
      local.get $11
      local.get $12
      local.get $13
      local.get $14
      local.get $15
      local.get $16
      local.get $17
      call $wasm/assembly/loss/statsSigmoidHardN1Max
     else
      local.get $20
      i32.eqz
      local.get $19
      i32.eqz
      local.get $21
      i32.and
      i32.and
      if (result i32)
       local.get $0
       local.get $1
       local.get $2
       local.get $3
       local.get $4
       local.get $5
       local.get $6
       local.get $7
       local.get $8
       local.get $9
       local.get $10
       local.get $11
       local.get $12
       local.get $13
       local.get $14
       local.get $15
       local.get $16
       local.get $17
       call $wasm/assembly/loss/statsSigmoidHardN1
      else
       local.get $21
       i32.eqz
       local.get $19
       i32.const 0
       i32.ne
       i32.and
       local.get $20
       i32.const 0
       i32.ne
       i32.and
       if (result i32)
        local.get $0
        local.get $1
        local.get $2
        local.get $3
        local.get $4
        local.get $5
        local.get $6
        local.get $7
        local.get $8
        local.get $9
        local.get $10
        local.get $11
        local.get $12
        local.get $13
        local.get $14
        local.get $15
        local.get $16
        local.get $17
        call $wasm/assembly/loss/statsSigmoidSoftN2Max
       else
        local.get $20
        i32.eqz
        local.get $21
        i32.eqz
        local.get $19
        i32.const 0
        i32.ne
        i32.and
        i32.and
        if (result i32)
         local.get $0
         local.get $1
         local.get $2
         local.get $3
         local.get $4
         local.get $5
         local.get $6
         local.get $7
         local.get $8
         local.get $9
         local.get $10
         local.get $11
         local.get $12
         local.get $13
         local.get $14
         local.get $15
         local.get $16
         local.get $17
         call $wasm/assembly/loss/statsSigmoidSoftN2
        else
         local.get $19
         local.get $21
         i32.or
         i32.eqz
         local.get $20
         i32.const 0
         i32.ne
         i32.and
         if (result i32)
          local.get $0
          local.get $1
          local.get $2
          local.get $3
          local.get $4
          local.get $5
          local.get $6
          local.get $7
          local.get $8
          local.get $9
          local.get $10
          local.get $11
          local.get $12
          local.get $13
          local.get $14
          local.get $15
          local.get $16
          local.get $17
          call $wasm/assembly/loss/statsSigmoidSoftN1Max
         else
          local.get $0
          local.get $1
          local.get $2
          local.get $3
          local.get $4
          local.get $5
          local.get $6
          local.get $7
          local.get $8
          local.get $9
          local.get $10
          local.get $11
          local.get $12
          local.get $13
          local.get $14
          local.get $15
          local.get $16
          local.get $17
          call $wasm/assembly/loss/statsSigmoidSoftN1
         end
        end
       end
      end
     end
    end
   end
   return
  end
  local.get $19
  i32.const 0
  i32.ne
  local.get $21
  i32.and
  local.get $20
  i32.const 0
  i32.ne
  i32.and
  if (result i32)
   local.get $0
   local.get $1
   local.get $2
   local.get $3
   local.get $4
   local.get $5
   local.get $6
   local.get $7
   local.get $8
   local.get $9
   local.get $10
   local.get $11
   local.get $12
   local.get $13
   local.get $14
   local.get $17
   call $wasm/assembly/loss/statsProbsHardN2Max
  else
   local.get $20
   i32.eqz
   local.get $19
   i32.const 0
   i32.ne
   local.get $21
   i32.and
   i32.and
   if (result i32)
    local.get $0
    local.get $1
    local.get $2
    local.get $3
    local.get $4
    local.get $5
    local.get $6
    local.get $7
    local.get $8
    local.get $9
    local.get $10
    local.get $11
    local.get $12
    local.get $13
    local.get $14
    local.get $17
    call $wasm/assembly/loss/statsProbsHardN2
   else
    local.get $19
    i32.eqz
    local.get $21
    i32.and
    local.get $20
    i32.const 0
    i32.ne
    i32.and
    if (result i32)
     local.get $0
     local.get $1
     local.get $2
     local.get $3
     local.get $4
     local.get $5
     local.get $6
     local.get $7
     local.get $8
     local.get $9
     local.get $10
     local.get $11
     local.get $12
     local.get $13
     local.get $14
     local.get $17
     call $wasm/assembly/loss/statsProbsHardN1Max
    else
     local.get $20
     i32.eqz
     local.get $19
     i32.eqz
     local.get $21
     i32.and
     i32.and
     if (result i32)
      local.get $0
      local.get $1
      local.get $2
      local.get $3
      local.get $4
      local.get $5
      local.get $6
      local.get $7
      local.get $8
      local.get $9
      local.get $10
      local.get $11
      local.get $12
      local.get $13
      local.get $14
      local.get $17
      call $wasm/assembly/loss/statsProbsHardN1
     else
      local.get $21
      i32.eqz
      local.get $19
      i32.const 0
      i32.ne
      i32.and
      local.get $20
      i32.const 0
      i32.ne
      i32.and
      if (result i32)
       local.get $0
       local.get $1
       local.get $2
       local.get $3
       local.get $4
       local.get $5
       local.get $6
       local.get $7
       local.get $8
       local.get $9
       local.get $10
       local.get $11
       local.get $12
       local.get $13
       local.get $14
       local.get $17
       call $wasm/assembly/loss/statsProbsSoftN2Max
      else
       local.get $20
       i32.eqz
       local.get $21
       i32.eqz
       local.get $19
       i32.const 0
       i32.ne
       i32.and
       i32.and
       if (result i32)
        local.get $0
        local.get $1
        local.get $2
        local.get $3
        local.get $4
        local.get $5
        local.get $6
        local.get $7
        local.get $8
        local.get $9
        local.get $10
        local.get $11
        local.get $12
        local.get $13
        local.get $14
        local.get $17
        call $wasm/assembly/loss/statsProbsSoftN2
       else
        local.get $19
        local.get $21
        i32.or
        i32.eqz
        local.get $20
        i32.const 0
        i32.ne
        i32.and
        if (result i32)
         local.get $0
         local.get $1
         local.get $2
         local.get $3
         local.get $4
         local.get $5
         local.get $6
         local.get $7
         local.get $8
         local.get $9
         local.get $10
         local.get $11
         local.get $12
         local.get $13
         local.get $14
         local.get $17
         call $wasm/assembly/loss/statsProbsSoftN1Max
        else
         local.get $0
         local.get $1
         local.get $2
         local.get $3
         local.get $4
         local.get $5
         local.get $6
         local.get $7
         local.get $8
         local.get $9
         local.get $10
         local.get $11
         local.get $12
         local.get $13
         local.get $14
         local.get $17
         call $wasm/assembly/loss/statsProbsSoftN1
        end
       end
      end
     end
    end
   end
  end
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
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  local.get $4
  local.get $5
  local.get $6
  local.get $7
  local.get $8
  local.get $9
  local.get $10
  local.get $11
  local.get $12
  local.get $13
  local.get $14
  local.get $16
  local.get $17
  local.get $20
  local.get $15
  local.get $18
  i32.const 2
  i32.eq
  local.get $19
  call $wasm/assembly/loss/statsAny
  local.tee $2
  i32.eqz
  if
   i32.const 0
   return
  end
  local.get $2
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
       local.set $2
       i32.const 0
       local.set $7
       loop $for-loop|1
        local.get $7
        local.get $11
        i32.lt_u
        if
         i32.const 0
         local.get $2
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
   local.get $12
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
 (func $wasm/assembly/loss/lossGrad (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (param $16 i32) (param $17 f32) (param $18 f32) (param $19 i32) (param $20 f32) (param $21 f32) (param $22 i32)
  (local $23 i32)
  (local $24 i32)
  local.get $19
  i32.const 2
  i32.eq
  local.tee $19
  i32.const 0
  local.get $13
  i32.const 0
  i32.ne
  local.tee $23
  i32.const 0
  local.get $16
  i32.const 0
  i32.ne
  local.get $2
  local.get $2
  select
  local.tee $2
  i32.const 0
  local.get $16
  i32.const 1
  i32.eq
  select
  select
  select
  if
   local.get $0
   local.get $1
   local.get $3
   local.get $4
   local.get $5
   local.get $6
   local.get $7
   local.get $8
   local.get $9
   local.get $10
   local.get $11
   local.get $12
   local.get $13
   local.get $14
   local.get $15
   local.get $20
   local.get $21
   local.get $22
   call $wasm/assembly/loss/gradSoftmaxStoredHardN2
  else
   local.get $19
   i32.const 1
   local.get $23
   i32.const 0
   local.get $2
   i32.const 0
   local.get $16
   i32.const 1
   i32.eq
   select
   local.tee $24
   select
   select
   if
    local.get $19
    local.get $23
    i32.const 1
    local.get $24
    select
    i32.eqz
    i32.and
    if
     local.get $0
     local.get $1
     local.get $3
     local.get $4
     local.get $5
     local.get $6
     local.get $7
     local.get $8
     local.get $9
     local.get $10
     local.get $11
     local.get $12
     local.get $13
     local.get $14
     local.get $15
     local.get $20
     local.get $21
     local.get $22
     call $wasm/assembly/loss/gradSoftmaxStoredSoftN2
    else
     local.get $23
     i32.const 1
     local.get $2
     i32.const 0
     local.get $16
     i32.const 1
     i32.eq
     local.tee $24
     select
     select
     local.get $19
     i32.or
     if
      local.get $19
      local.get $23
      local.get $2
      i32.eqz
      local.get $24
      i32.and
      i32.and
      i32.and
      if
       local.get $0
       local.get $1
       local.get $3
       local.get $4
       local.get $5
       local.get $6
       local.get $7
       local.get $8
       local.get $9
       local.get $10
       local.get $11
       local.get $12
       local.get $13
       local.get $14
       local.get $15
       local.get $17
       local.get $18
       local.get $20
       local.get $21
       local.get $22
       call $wasm/assembly/loss/gradSoftmaxHardN2
      else
       local.get $19
       i32.eqz
       local.get $23
       local.get $2
       i32.eqz
       local.get $16
       i32.const 1
       i32.eq
       i32.and
       i32.and
       i32.and
       if
        local.get $0
        local.get $1
        local.get $3
        local.get $4
        local.get $5
        local.get $6
        local.get $7
        local.get $8
        local.get $9
        local.get $10
        local.get $11
        local.get $12
        local.get $13
        local.get $14
        local.get $15
        local.get $17
        local.get $18
        local.get $20
        local.get $21
        local.get $22
        call $wasm/assembly/loss/gradSoftmaxHardN1
       else
        local.get $19
        local.get $23
        i32.eqz
        local.get $2
        i32.eqz
        local.get $16
        i32.const 1
        i32.eq
        i32.and
        i32.and
        i32.and
        if
         local.get $0
         local.get $1
         local.get $3
         local.get $4
         local.get $5
         local.get $6
         local.get $7
         local.get $8
         local.get $9
         local.get $10
         local.get $11
         local.get $12
         local.get $13
         local.get $14
         local.get $15
         local.get $17
         local.get $18
         local.get $20
         local.get $21
         local.get $22
         call $wasm/assembly/loss/gradSoftmaxSoftN2
        else
         local.get $19
         i32.eqz
         local.get $23
         i32.eqz
         local.get $2
         i32.eqz
         local.get $16
         i32.const 1
         i32.eq
         i32.and
         i32.and
         i32.and
         if
          local.get $0
          local.get $1
          local.get $3
          local.get $4
          local.get $5
          local.get $6
          local.get $7
          local.get $8
          local.get $9
          local.get $10
          local.get $11
          local.get $12
          local.get $13
          local.get $14
          local.get $15
          local.get $17
          local.get $18
          local.get $20
          local.get $21
          local.get $22
          call $wasm/assembly/loss/gradSoftmaxSoftN1
         else
          local.get $19
          i32.const 0
          local.get $23
          i32.const 0
          local.get $2
          i32.const 0
          local.get $16
          i32.const 2
          i32.eq
          select
          select
          select
          if
           local.get $0
           local.get $1
           local.get $3
           local.get $4
           local.get $5
           local.get $6
           local.get $7
           local.get $8
           local.get $9
           local.get $10
           local.get $11
           local.get $12
           local.get $13
           local.get $14
           local.get $15
           local.get $20
           local.get $21
           local.get $22
           call $wasm/assembly/loss/gradSigmoidStoredHardN2
          else
           local.get $19
           i32.const 1
           local.get $23
           i32.const 0
           local.get $2
           i32.const 0
           local.get $16
           i32.const 2
           i32.eq
           select
           local.tee $24
           select
           select
           if
            local.get $19
            local.get $23
            i32.const 1
            local.get $24
            select
            i32.eqz
            i32.and
            if
             local.get $0
             local.get $1
             local.get $3
             local.get $4
             local.get $5
             local.get $6
             local.get $7
             local.get $8
             local.get $9
             local.get $10
             local.get $11
             local.get $12
             local.get $13
             local.get $14
             local.get $15
             local.get $20
             local.get $21
             local.get $22
             call $wasm/assembly/loss/gradSigmoidStoredSoftN2
            else
             local.get $23
             i32.const 1
             local.get $2
             i32.const 0
             local.get $16
             i32.const 2
             i32.eq
             local.tee $24
             select
             select
             local.get $19
             i32.or
             if
              local.get $19
              local.get $23
              local.get $2
              i32.eqz
              local.get $24
              i32.and
              i32.and
              i32.and
              if
               local.get $0
               local.get $1
               local.get $3
               local.get $4
               local.get $5
               local.get $6
               local.get $7
               local.get $8
               local.get $9
               local.get $10
               local.get $11
               local.get $12
               local.get $13
               local.get $14
               local.get $15
               local.get $17
               local.get $18
               local.get $20
               local.get $21
               local.get $22
               call $wasm/assembly/loss/gradSigmoidHardN2
              else
               local.get $19
               i32.eqz
               local.get $23
               local.get $2
               i32.eqz
               local.get $16
               i32.const 2
               i32.eq
               i32.and
               i32.and
               i32.and
               if
                local.get $0
                local.get $1
                local.get $3
                local.get $4
                local.get $5
                local.get $6
                local.get $7
                local.get $8
                local.get $9
                local.get $10
                local.get $11
                local.get $12
                local.get $13
                local.get $14
                local.get $15
                local.get $17
                local.get $18
                local.get $20
                local.get $21
                local.get $22
                call $wasm/assembly/loss/gradSigmoidHardN1
               else
                local.get $19
                local.get $23
                i32.eqz
                local.get $2
                i32.eqz
                local.get $16
                i32.const 2
                i32.eq
                i32.and
                i32.and
                i32.and
                if
                 local.get $0
                 local.get $1
                 local.get $3
                 local.get $4
                 local.get $5
                 local.get $6
                 local.get $7
                 local.get $8
                 local.get $9
                 local.get $10
                 local.get $11
                 local.get $12
                 local.get $13
                 local.get $14
                 local.get $15
                 local.get $17
                 local.get $18
                 local.get $20
                 local.get $21
                 local.get $22
                 call $wasm/assembly/loss/gradSigmoidSoftN2
                else
                 local.get $19
                 i32.eqz
                 local.get $23
                 i32.eqz
                 local.get $2
                 i32.eqz
                 local.get $16
                 i32.const 2
                 i32.eq
                 i32.and
                 i32.and
                 i32.and
                 if
                  local.get $0
                  local.get $1
                  local.get $3
                  local.get $4
                  local.get $5
                  local.get $6
                  local.get $7
                  local.get $8
                  local.get $9
                  local.get $10
                  local.get $11
                  local.get $12
                  local.get $13
                  local.get $14
                  local.get $15
                  local.get $17
                  local.get $18
                  local.get $20
                  local.get $21
                  local.get $22
                  call $wasm/assembly/loss/gradSigmoidSoftN1
                 else
                  local.get $19
                  local.get $23
                  i32.and
                  if
                   local.get $0
                   local.get $1
                   local.get $3
                   local.get $4
                   local.get $5
                   local.get $6
                   local.get $7
                   local.get $8
                   local.get $9
                   local.get $10
                   local.get $11
                   local.get $12
                   local.get $13
                   local.get $14
                   local.get $15
                   local.get $22
                   call $wasm/assembly/loss/gradProbsHardN2
                  else
                   local.get $19
                   i32.eqz
                   local.get $23
                   i32.and
                   if
                    local.get $0
                    local.get $1
                    local.get $3
                    local.get $4
                    local.get $5
                    local.get $6
                    local.get $7
                    local.get $8
                    local.get $9
                    local.get $10
                    local.get $11
                    local.get $12
                    local.get $13
                    local.get $14
                    local.get $15
                    local.get $22
                    call $wasm/assembly/loss/gradProbsHardN1
                   else
                    local.get $19
                    local.get $23
                    i32.eqz
                    i32.and
                    if
                     local.get $0
                     local.get $1
                     local.get $3
                     local.get $4
                     local.get $5
                     local.get $6
                     local.get $7
                     local.get $8
                     local.get $9
                     local.get $10
                     local.get $11
                     local.get $12
                     local.get $13
                     local.get $14
                     local.get $15
                     local.get $22
                     call $wasm/assembly/loss/gradProbsSoftN2
                    else
                     local.get $19
                     local.get $23
                     i32.or
                     i32.eqz
                     if
                      local.get $0
                      local.get $1
                      local.get $3
                      local.get $4
                      local.get $5
                      local.get $6
                      local.get $7
                      local.get $8
                      local.get $9
                      local.get $10
                      local.get $11
                      local.get $12
                      local.get $13
                      local.get $14
                      local.get $15
                      local.get $22
                      call $wasm/assembly/loss/gradProbsSoftN1
                     end
                    end
                   end
                  end
                 end
                end
               end
              end
             else
              local.get $0
              local.get $1
              local.get $3
              local.get $4
              local.get $5
              local.get $6
              local.get $7
              local.get $8
              local.get $9
              local.get $10
              local.get $11
              local.get $12
              local.get $13
              local.get $14
              local.get $15
              local.get $20
              local.get $21
              local.get $22
              call $wasm/assembly/loss/gradSigmoidStoredSoftN1
             end
            end
           else
            local.get $0
            local.get $1
            local.get $3
            local.get $4
            local.get $5
            local.get $6
            local.get $7
            local.get $8
            local.get $9
            local.get $10
            local.get $11
            local.get $12
            local.get $13
            local.get $14
            local.get $15
            local.get $20
            local.get $21
            local.get $22
            call $wasm/assembly/loss/gradSigmoidStoredHardN1
           end
          end
         end
        end
       end
      end
     else
      local.get $0
      local.get $1
      local.get $3
      local.get $4
      local.get $5
      local.get $6
      local.get $7
      local.get $8
      local.get $9
      local.get $10
      local.get $11
      local.get $12
      local.get $13
      local.get $14
      local.get $15
      local.get $20
      local.get $21
      local.get $22
      call $wasm/assembly/loss/gradSoftmaxStoredSoftN1
     end
    end
   else
    local.get $0
    local.get $1
    local.get $3
    local.get $4
    local.get $5
    local.get $6
    local.get $7
    local.get $8
    local.get $9
    local.get $10
    local.get $11
    local.get $12
    local.get $13
    local.get $14
    local.get $15
    local.get $20
    local.get $21
    local.get $22
    call $wasm/assembly/loss/gradSoftmaxStoredHardN1
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
 (func $wasm/assembly/loss/gradSoftmaxStoredSoftN2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  local.get $0
  local.set $21
  local.get $1
  local.set $22
  local.get $3
  local.set $23
  local.get $4
  local.set $24
  local.get $5
  local.set $25
  local.get $7
  local.set $27
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $29
  i32.const 0
  local.set $7
  local.get $11
  i32.const 2
  i32.shl
  local.set $31
  loop $for-loop|0
   local.get $7
   local.get $31
   i32.lt_u
   if
    local.get $7
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $18
    i32.const 1064
    v128.load32_splat
    local.set $19
    local.get $27
    if
     local.get $0
     local.get $27
     i32.add
     v128.load
     local.get $18
     i8x16.eq
     v128.not
     local.set $19
    end
    local.get $19
    i16x8.extend_low_i8x16_s
    local.set $32
    local.get $19
    i16x8.extend_high_i8x16_s
    local.set $33
    local.get $18
    local.tee $20
    local.set $28
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $6
     i32.add
     v128.load
     local.tee $19
     i16x8.extend_low_i8x16_u
     local.tee $34
     i32x4.extend_low_i16x8_u
     local.set $18
     local.get $19
     i16x8.extend_high_i8x16_u
     local.tee $19
     i32x4.extend_low_i16x8_u
     local.set $20
     local.get $19
     i32x4.extend_high_i16x8_u
     local.set $28
     local.get $34
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $6
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $1
      v128.load
      local.tee $19
      i32x4.extend_low_i16x8_u
      local.set $18
      local.get $1
      v128.load offset=16
      local.tee $28
      i32x4.extend_low_i16x8_u
      local.set $20
      local.get $28
      i32x4.extend_high_i16x8_u
      local.set $28
      local.get $19
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $6
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $1
       v128.load
       local.set $18
       local.get $1
       v128.load offset=32
       local.set $20
       local.get $1
       v128.load offset=48
       local.set $28
       local.get $1
       v128.load offset=16
      else
       local.get $28
      end
     end
    end
    local.set $34
    local.get $32
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $19
    i32.const 1024
    v128.load32_splat
    local.set $35
    local.get $12
    i32.const 0
    i32.ne
    local.tee $1
    if
     local.get $19
     local.get $18
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $18
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $35
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $19
    end
    local.get $29
    local.get $18
    i32.const 1064
    v128.load32_splat
    local.get $19
    v128.bitselect
    v128.store
    local.get $29
    local.get $19
    v128.store offset=256
    local.get $32
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $1
    if
     local.get $18
     local.get $34
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $34
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $34
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=16
    local.get $29
    local.get $18
    v128.store offset=272
    local.get $33
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $1
    if
     local.get $18
     local.get $20
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $20
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $20
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=32
    local.get $29
    local.get $18
    v128.store offset=288
    local.get $33
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $1
    if
     local.get $18
     local.get $28
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $28
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $28
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=48
    local.get $29
    local.get $18
    v128.store offset=304
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    local.set $30
    i32.const 1028
    v128.load32_splat
    drop
    i32.const 1024
    v128.load32_splat
    local.tee $18
    local.set $28
    local.get $18
    local.tee $19
    local.set $20
    local.get $8
    local.tee $0
    local.get $9
    i32.const 8
    i32.shl
    i32.add
    local.tee $26
    local.set $1
    local.get $7
    local.get $21
    i32.add
    local.set $4
    local.get $7
    local.get $24
    i32.add
    local.set $5
    local.get $17
    local.set $11
    i32.const 0
    local.set $3
    loop $for-loop|5
     local.get $3
     local.get $9
     i32.lt_s
     if
      local.get $11
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $32
      local.get $11
      v128.load32_splat
      local.set $33
      local.get $5
      v128.load
      local.set $34
      local.get $0
      local.get $4
      v128.load
      local.tee $35
      v128.store
      local.get $1
      local.get $33
      local.get $35
      f32x4.mul
      local.get $32
      local.get $34
      f32x4.mul
      f32x4.add
      local.tee $34
      v128.store
      local.get $35
      local.get $34
      f32x4.mul
      local.get $18
      f32x4.add
      local.set $18
      local.get $5
      v128.load offset=16
      local.set $34
      local.get $0
      local.get $4
      v128.load offset=16
      local.tee $35
      v128.store offset=16
      local.get $1
      local.get $33
      local.get $35
      f32x4.mul
      local.get $32
      local.get $34
      f32x4.mul
      f32x4.add
      local.tee $34
      v128.store offset=16
      local.get $35
      local.get $34
      f32x4.mul
      local.get $28
      f32x4.add
      local.set $28
      local.get $5
      v128.load offset=32
      local.set $34
      local.get $0
      local.get $4
      v128.load offset=32
      local.tee $35
      v128.store offset=32
      local.get $1
      local.get $33
      local.get $35
      f32x4.mul
      local.get $32
      local.get $34
      f32x4.mul
      f32x4.add
      local.tee $34
      v128.store offset=32
      local.get $35
      local.get $34
      f32x4.mul
      local.get $19
      f32x4.add
      local.set $19
      local.get $5
      v128.load offset=48
      local.set $34
      local.get $0
      local.get $4
      v128.load offset=48
      local.tee $35
      v128.store offset=48
      local.get $1
      local.get $33
      local.get $35
      f32x4.mul
      local.get $32
      local.get $34
      f32x4.mul
      f32x4.add
      local.tee $32
      v128.store offset=48
      local.get $35
      local.get $32
      f32x4.mul
      local.get $20
      f32x4.add
      local.set $20
      local.get $0
      i32.const 256
      i32.add
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $4
      local.get $22
      i32.add
      local.set $4
      local.get $5
      local.get $25
      i32.add
      local.set $5
      local.get $11
      i32.const 12
      i32.add
      local.set $11
      local.get $3
      i32.const 1
      i32.add
      local.set $3
      br $for-loop|5
     end
    end
    local.get $15
    f32x4.splat
    local.set $33
    local.get $16
    f32x4.splat
    local.set $34
    local.get $8
    local.set $0
    local.get $26
    local.set $1
    local.get $2
    local.get $7
    i32.add
    local.set $3
    i32.const 0
    local.set $4
    loop $for-loop|6
     local.get $4
     local.get $9
     i32.lt_s
     if
      local.get $0
      v128.load offset=16
      local.get $1
      v128.load offset=16
      local.get $28
      f32x4.sub
      f32x4.mul
      local.set $35
      local.get $0
      v128.load offset=32
      local.get $1
      v128.load offset=32
      local.get $19
      f32x4.sub
      f32x4.mul
      local.set $32
      local.get $0
      v128.load offset=48
      local.get $1
      v128.load offset=48
      local.get $20
      f32x4.sub
      f32x4.mul
      local.set $36
      local.get $3
      local.get $0
      v128.load
      local.get $1
      v128.load
      local.get $18
      f32x4.sub
      f32x4.mul
      local.get $33
      f32x4.mul
      local.get $34
      f32x4.mul
      local.get $30
      v128.load offset=256
      v128.and
      v128.store
      local.get $3
      local.get $35
      local.get $33
      f32x4.mul
      local.get $34
      f32x4.mul
      local.get $30
      v128.load offset=272
      v128.and
      v128.store offset=16
      local.get $3
      local.get $32
      local.get $33
      f32x4.mul
      local.get $34
      f32x4.mul
      local.get $30
      v128.load offset=288
      v128.and
      v128.store offset=32
      local.get $3
      local.get $36
      local.get $33
      f32x4.mul
      local.get $34
      f32x4.mul
      local.get $30
      v128.load offset=304
      v128.and
      v128.store offset=48
      local.get $0
      i32.const 256
      i32.add
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $3
      local.get $23
      i32.add
      local.set $3
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|6
     end
    end
    local.get $7
    i32.const -64
    i32.sub
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradSoftmaxStoredSoftN1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  local.get $0
  local.set $21
  local.get $1
  local.set $22
  local.get $3
  local.set $23
  local.get $4
  local.set $24
  local.get $5
  local.set $25
  local.get $7
  local.set $27
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $29
  i32.const 0
  local.set $7
  local.get $11
  i32.const 2
  i32.shl
  local.set $31
  loop $for-loop|0
   local.get $7
   local.get $31
   i32.lt_u
   if
    local.get $7
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $18
    i32.const 1064
    v128.load32_splat
    local.set $19
    local.get $27
    if
     local.get $0
     local.get $27
     i32.add
     v128.load
     local.get $18
     i8x16.eq
     v128.not
     local.set $19
    end
    local.get $19
    i16x8.extend_low_i8x16_s
    local.set $32
    local.get $19
    i16x8.extend_high_i8x16_s
    local.set $33
    local.get $18
    local.tee $20
    local.set $28
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $6
     i32.add
     v128.load
     local.tee $19
     i16x8.extend_low_i8x16_u
     local.tee $34
     i32x4.extend_low_i16x8_u
     local.set $18
     local.get $19
     i16x8.extend_high_i8x16_u
     local.tee $19
     i32x4.extend_low_i16x8_u
     local.set $20
     local.get $19
     i32x4.extend_high_i16x8_u
     local.set $28
     local.get $34
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $6
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $1
      v128.load
      local.tee $19
      i32x4.extend_low_i16x8_u
      local.set $18
      local.get $1
      v128.load offset=16
      local.tee $28
      i32x4.extend_low_i16x8_u
      local.set $20
      local.get $28
      i32x4.extend_high_i16x8_u
      local.set $28
      local.get $19
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $6
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $1
       v128.load
       local.set $18
       local.get $1
       v128.load offset=32
       local.set $20
       local.get $1
       v128.load offset=48
       local.set $28
       local.get $1
       v128.load offset=16
      else
       local.get $28
      end
     end
    end
    local.set $34
    local.get $32
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $19
    i32.const 1024
    v128.load32_splat
    local.set $35
    local.get $12
    i32.const 0
    i32.ne
    local.tee $1
    if
     local.get $19
     local.get $18
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $18
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $35
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $19
    end
    local.get $29
    local.get $18
    i32.const 1064
    v128.load32_splat
    local.get $19
    v128.bitselect
    v128.store
    local.get $29
    local.get $19
    v128.store offset=256
    local.get $32
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $1
    if
     local.get $18
     local.get $34
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $34
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $34
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=16
    local.get $29
    local.get $18
    v128.store offset=272
    local.get $33
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $1
    if
     local.get $18
     local.get $20
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $20
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $20
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=32
    local.get $29
    local.get $18
    v128.store offset=288
    local.get $33
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $1
    if
     local.get $18
     local.get $28
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $28
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $28
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=48
    local.get $29
    local.get $18
    v128.store offset=304
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    local.set $30
    i32.const 1028
    v128.load32_splat
    drop
    i32.const 1024
    v128.load32_splat
    local.tee $18
    local.set $28
    local.get $18
    local.tee $19
    local.set $20
    local.get $8
    local.tee $0
    local.get $9
    i32.const 8
    i32.shl
    i32.add
    local.tee $26
    local.set $1
    local.get $7
    local.get $21
    i32.add
    local.set $4
    local.get $7
    local.get $24
    i32.add
    local.set $5
    local.get $17
    local.set $11
    i32.const 0
    local.set $3
    loop $for-loop|5
     local.get $3
     local.get $9
     i32.lt_s
     if
      local.get $11
      v128.load32_splat
      local.set $32
      local.get $11
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $33
      local.get $11
      i32.const 8
      i32.add
      v128.load32_splat
      local.set $34
      local.get $5
      v128.load
      local.set $35
      local.get $0
      local.get $4
      v128.load
      local.tee $36
      v128.store
      local.get $1
      local.get $32
      local.get $33
      local.get $34
      local.get $36
      local.get $35
      f32x4.lt
      v128.bitselect
      local.get $36
      local.get $35
      f32x4.gt
      v128.bitselect
      local.tee $35
      v128.store
      local.get $36
      local.get $35
      f32x4.mul
      local.get $18
      f32x4.add
      local.set $18
      local.get $5
      v128.load offset=16
      local.set $35
      local.get $0
      local.get $4
      v128.load offset=16
      local.tee $36
      v128.store offset=16
      local.get $1
      local.get $32
      local.get $33
      local.get $34
      local.get $36
      local.get $35
      f32x4.lt
      v128.bitselect
      local.get $36
      local.get $35
      f32x4.gt
      v128.bitselect
      local.tee $35
      v128.store offset=16
      local.get $36
      local.get $35
      f32x4.mul
      local.get $28
      f32x4.add
      local.set $28
      local.get $5
      v128.load offset=32
      local.set $35
      local.get $0
      local.get $4
      v128.load offset=32
      local.tee $36
      v128.store offset=32
      local.get $1
      local.get $32
      local.get $33
      local.get $34
      local.get $36
      local.get $35
      f32x4.lt
      v128.bitselect
      local.get $36
      local.get $35
      f32x4.gt
      v128.bitselect
      local.tee $35
      v128.store offset=32
      local.get $36
      local.get $35
      f32x4.mul
      local.get $19
      f32x4.add
      local.set $19
      local.get $5
      v128.load offset=48
      local.set $35
      local.get $0
      local.get $4
      v128.load offset=48
      local.tee $36
      v128.store offset=48
      local.get $1
      local.get $32
      local.get $33
      local.get $34
      local.get $36
      local.get $35
      f32x4.lt
      v128.bitselect
      local.get $36
      local.get $35
      f32x4.gt
      v128.bitselect
      local.tee $32
      v128.store offset=48
      local.get $36
      local.get $32
      f32x4.mul
      local.get $20
      f32x4.add
      local.set $20
      local.get $0
      i32.const 256
      i32.add
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $4
      local.get $22
      i32.add
      local.set $4
      local.get $5
      local.get $25
      i32.add
      local.set $5
      local.get $11
      i32.const 12
      i32.add
      local.set $11
      local.get $3
      i32.const 1
      i32.add
      local.set $3
      br $for-loop|5
     end
    end
    local.get $15
    f32x4.splat
    local.set $32
    local.get $16
    f32x4.splat
    local.set $33
    local.get $8
    local.set $0
    local.get $26
    local.set $1
    local.get $2
    local.get $7
    i32.add
    local.set $3
    i32.const 0
    local.set $4
    loop $for-loop|6
     local.get $4
     local.get $9
     i32.lt_s
     if
      local.get $0
      v128.load offset=16
      local.get $1
      v128.load offset=16
      local.get $28
      f32x4.sub
      f32x4.mul
      local.set $34
      local.get $0
      v128.load offset=32
      local.get $1
      v128.load offset=32
      local.get $19
      f32x4.sub
      f32x4.mul
      local.set $35
      local.get $0
      v128.load offset=48
      local.get $1
      v128.load offset=48
      local.get $20
      f32x4.sub
      f32x4.mul
      local.set $36
      local.get $3
      local.get $0
      v128.load
      local.get $1
      v128.load
      local.get $18
      f32x4.sub
      f32x4.mul
      local.get $32
      f32x4.mul
      local.get $33
      f32x4.mul
      local.get $30
      v128.load offset=256
      v128.and
      v128.store
      local.get $3
      local.get $34
      local.get $32
      f32x4.mul
      local.get $33
      f32x4.mul
      local.get $30
      v128.load offset=272
      v128.and
      v128.store offset=16
      local.get $3
      local.get $35
      local.get $32
      f32x4.mul
      local.get $33
      f32x4.mul
      local.get $30
      v128.load offset=288
      v128.and
      v128.store offset=32
      local.get $3
      local.get $36
      local.get $32
      f32x4.mul
      local.get $33
      f32x4.mul
      local.get $30
      v128.load offset=304
      v128.and
      v128.store offset=48
      local.get $0
      i32.const 256
      i32.add
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $3
      local.get $23
      i32.add
      local.set $3
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|6
     end
    end
    local.get $7
    i32.const -64
    i32.sub
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradSoftmaxStoredHardN2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  local.get $0
  local.set $21
  local.get $1
  local.set $22
  local.get $3
  local.set $23
  local.get $4
  local.set $24
  local.get $5
  local.set $25
  local.get $7
  local.set $26
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $28
  i32.const 0
  local.set $7
  local.get $11
  i32.const 2
  i32.shl
  local.set $31
  loop $for-loop|0
   local.get $7
   local.get $31
   i32.lt_u
   if
    local.get $7
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $18
    i32.const 1064
    v128.load32_splat
    local.set $19
    local.get $26
    if
     local.get $0
     local.get $26
     i32.add
     v128.load
     local.get $18
     i8x16.eq
     v128.not
     local.set $19
    end
    local.get $19
    i16x8.extend_low_i8x16_s
    local.set $32
    local.get $19
    i16x8.extend_high_i8x16_s
    local.set $33
    local.get $18
    local.tee $20
    local.set $27
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $6
     i32.add
     v128.load
     local.tee $19
     i16x8.extend_low_i8x16_u
     local.tee $34
     i32x4.extend_low_i16x8_u
     local.set $18
     local.get $19
     i16x8.extend_high_i8x16_u
     local.tee $19
     i32x4.extend_low_i16x8_u
     local.set $20
     local.get $19
     i32x4.extend_high_i16x8_u
     local.set $27
     local.get $34
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $6
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $1
      v128.load
      local.tee $19
      i32x4.extend_low_i16x8_u
      local.set $18
      local.get $1
      v128.load offset=16
      local.tee $27
      i32x4.extend_low_i16x8_u
      local.set $20
      local.get $27
      i32x4.extend_high_i16x8_u
      local.set $27
      local.get $19
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $6
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $1
       v128.load
       local.set $18
       local.get $1
       v128.load offset=32
       local.set $20
       local.get $1
       v128.load offset=48
       local.set $27
       local.get $1
       v128.load offset=16
      else
       local.get $27
      end
     end
    end
    local.set $34
    local.get $32
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $19
    i32.const 1024
    v128.load32_splat
    local.set $35
    local.get $12
    i32.const 0
    i32.ne
    local.tee $1
    if
     local.get $19
     local.get $18
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $18
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $35
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $19
    end
    local.get $28
    local.get $18
    i32.const 1064
    v128.load32_splat
    local.get $19
    v128.bitselect
    v128.store
    local.get $28
    local.get $19
    v128.store offset=256
    local.get $32
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $1
    if
     local.get $18
     local.get $34
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $34
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $28
    local.get $34
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=16
    local.get $28
    local.get $18
    v128.store offset=272
    local.get $33
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $1
    if
     local.get $18
     local.get $20
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $20
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $28
    local.get $20
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=32
    local.get $28
    local.get $18
    v128.store offset=288
    local.get $33
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $1
    if
     local.get $18
     local.get $27
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $27
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $28
    local.get $27
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=48
    local.get $28
    local.get $18
    v128.store offset=304
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    local.set $29
    i32.const 1028
    v128.load32_splat
    local.set $32
    i32.const 1024
    v128.load32_splat
    local.tee $18
    local.set $27
    local.get $18
    local.tee $19
    local.set $20
    local.get $8
    local.tee $0
    local.get $9
    i32.const 8
    i32.shl
    i32.add
    local.tee $3
    local.set $1
    local.get $7
    local.get $21
    i32.add
    local.set $4
    local.get $7
    local.get $24
    i32.add
    local.set $5
    local.get $17
    local.set $11
    i32.const 0
    local.set $30
    loop $for-loop|5
     local.get $9
     local.get $30
     i32.gt_s
     if
      local.get $11
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $33
      local.get $11
      v128.load32_splat
      local.set $34
      local.get $29
      v128.load
      local.get $30
      i32x4.splat
      local.tee $35
      i32x4.eq
      local.get $32
      v128.and
      local.set $36
      local.get $0
      local.get $4
      v128.load
      local.tee $37
      v128.store
      local.get $1
      local.get $34
      local.get $37
      f32x4.mul
      local.get $33
      local.get $36
      f32x4.mul
      f32x4.add
      local.tee $36
      v128.store
      local.get $37
      local.get $36
      f32x4.mul
      local.get $18
      f32x4.add
      local.set $18
      local.get $29
      v128.load offset=16
      local.get $35
      i32x4.eq
      local.get $32
      v128.and
      local.set $36
      local.get $0
      local.get $4
      v128.load offset=16
      local.tee $37
      v128.store offset=16
      local.get $1
      local.get $34
      local.get $37
      f32x4.mul
      local.get $33
      local.get $36
      f32x4.mul
      f32x4.add
      local.tee $36
      v128.store offset=16
      local.get $37
      local.get $36
      f32x4.mul
      local.get $27
      f32x4.add
      local.set $27
      local.get $29
      v128.load offset=32
      local.get $35
      i32x4.eq
      local.get $32
      v128.and
      local.set $36
      local.get $0
      local.get $4
      v128.load offset=32
      local.tee $37
      v128.store offset=32
      local.get $1
      local.get $34
      local.get $37
      f32x4.mul
      local.get $33
      local.get $36
      f32x4.mul
      f32x4.add
      local.tee $36
      v128.store offset=32
      local.get $37
      local.get $36
      f32x4.mul
      local.get $19
      f32x4.add
      local.set $19
      local.get $29
      v128.load offset=48
      local.get $35
      i32x4.eq
      local.get $32
      v128.and
      local.set $35
      local.get $0
      local.get $4
      v128.load offset=48
      local.tee $36
      v128.store offset=48
      local.get $1
      local.get $34
      local.get $36
      f32x4.mul
      local.get $33
      local.get $35
      f32x4.mul
      f32x4.add
      local.tee $33
      v128.store offset=48
      local.get $36
      local.get $33
      f32x4.mul
      local.get $20
      f32x4.add
      local.set $20
      local.get $0
      i32.const 256
      i32.add
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $4
      local.get $22
      i32.add
      local.set $4
      local.get $5
      local.get $25
      i32.add
      local.set $5
      local.get $11
      i32.const 12
      i32.add
      local.set $11
      local.get $30
      i32.const 1
      i32.add
      local.set $30
      br $for-loop|5
     end
    end
    local.get $15
    f32x4.splat
    local.set $32
    local.get $16
    f32x4.splat
    local.set $33
    local.get $8
    local.set $0
    local.get $3
    local.set $1
    local.get $2
    local.get $7
    i32.add
    local.set $3
    i32.const 0
    local.set $4
    loop $for-loop|6
     local.get $4
     local.get $9
     i32.lt_s
     if
      local.get $0
      v128.load offset=16
      local.get $1
      v128.load offset=16
      local.get $27
      f32x4.sub
      f32x4.mul
      local.set $34
      local.get $0
      v128.load offset=32
      local.get $1
      v128.load offset=32
      local.get $19
      f32x4.sub
      f32x4.mul
      local.set $35
      local.get $0
      v128.load offset=48
      local.get $1
      v128.load offset=48
      local.get $20
      f32x4.sub
      f32x4.mul
      local.set $36
      local.get $3
      local.get $0
      v128.load
      local.get $1
      v128.load
      local.get $18
      f32x4.sub
      f32x4.mul
      local.get $32
      f32x4.mul
      local.get $33
      f32x4.mul
      local.get $29
      v128.load offset=256
      v128.and
      v128.store
      local.get $3
      local.get $34
      local.get $32
      f32x4.mul
      local.get $33
      f32x4.mul
      local.get $29
      v128.load offset=272
      v128.and
      v128.store offset=16
      local.get $3
      local.get $35
      local.get $32
      f32x4.mul
      local.get $33
      f32x4.mul
      local.get $29
      v128.load offset=288
      v128.and
      v128.store offset=32
      local.get $3
      local.get $36
      local.get $32
      f32x4.mul
      local.get $33
      f32x4.mul
      local.get $29
      v128.load offset=304
      v128.and
      v128.store offset=48
      local.get $0
      i32.const 256
      i32.add
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $3
      local.get $23
      i32.add
      local.set $3
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|6
     end
    end
    local.get $7
    i32.const -64
    i32.sub
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradSoftmaxStoredHardN1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  local.get $0
  local.set $21
  local.get $1
  local.set $22
  local.get $3
  local.set $23
  local.get $4
  local.set $24
  local.get $5
  local.set $25
  local.get $7
  local.set $26
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $28
  i32.const 0
  local.set $7
  local.get $11
  i32.const 2
  i32.shl
  local.set $31
  loop $for-loop|0
   local.get $7
   local.get $31
   i32.lt_u
   if
    local.get $7
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $18
    i32.const 1064
    v128.load32_splat
    local.set $19
    local.get $26
    if
     local.get $0
     local.get $26
     i32.add
     v128.load
     local.get $18
     i8x16.eq
     v128.not
     local.set $19
    end
    local.get $19
    i16x8.extend_low_i8x16_s
    local.set $32
    local.get $19
    i16x8.extend_high_i8x16_s
    local.set $33
    local.get $18
    local.tee $20
    local.set $27
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $6
     i32.add
     v128.load
     local.tee $19
     i16x8.extend_low_i8x16_u
     local.tee $34
     i32x4.extend_low_i16x8_u
     local.set $18
     local.get $19
     i16x8.extend_high_i8x16_u
     local.tee $19
     i32x4.extend_low_i16x8_u
     local.set $20
     local.get $19
     i32x4.extend_high_i16x8_u
     local.set $27
     local.get $34
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $6
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $1
      v128.load
      local.tee $19
      i32x4.extend_low_i16x8_u
      local.set $18
      local.get $1
      v128.load offset=16
      local.tee $27
      i32x4.extend_low_i16x8_u
      local.set $20
      local.get $27
      i32x4.extend_high_i16x8_u
      local.set $27
      local.get $19
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $6
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $1
       v128.load
       local.set $18
       local.get $1
       v128.load offset=32
       local.set $20
       local.get $1
       v128.load offset=48
       local.set $27
       local.get $1
       v128.load offset=16
      else
       local.get $27
      end
     end
    end
    local.set $34
    local.get $32
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $19
    i32.const 1024
    v128.load32_splat
    local.set $35
    local.get $12
    i32.const 0
    i32.ne
    local.tee $1
    if
     local.get $19
     local.get $18
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $18
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $35
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $19
    end
    local.get $28
    local.get $18
    i32.const 1064
    v128.load32_splat
    local.get $19
    v128.bitselect
    v128.store
    local.get $28
    local.get $19
    v128.store offset=256
    local.get $32
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $1
    if
     local.get $18
     local.get $34
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $34
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $28
    local.get $34
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=16
    local.get $28
    local.get $18
    v128.store offset=272
    local.get $33
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $1
    if
     local.get $18
     local.get $20
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $20
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $28
    local.get $20
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=32
    local.get $28
    local.get $18
    v128.store offset=288
    local.get $33
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $1
    if
     local.get $18
     local.get $27
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $27
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $28
    local.get $27
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=48
    local.get $28
    local.get $18
    v128.store offset=304
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    local.set $29
    i32.const 1028
    v128.load32_splat
    local.set $32
    i32.const 1024
    v128.load32_splat
    local.tee $18
    local.set $27
    local.get $18
    local.tee $19
    local.set $20
    local.get $8
    local.tee $0
    local.get $9
    i32.const 8
    i32.shl
    i32.add
    local.tee $3
    local.set $1
    local.get $7
    local.get $21
    i32.add
    local.set $4
    local.get $7
    local.get $24
    i32.add
    local.set $5
    local.get $17
    local.set $11
    i32.const 0
    local.set $30
    loop $for-loop|5
     local.get $9
     local.get $30
     i32.gt_s
     if
      local.get $11
      v128.load32_splat
      local.set $33
      local.get $11
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $34
      local.get $11
      i32.const 8
      i32.add
      v128.load32_splat
      local.set $35
      local.get $29
      v128.load
      local.get $30
      i32x4.splat
      local.tee $36
      i32x4.eq
      local.get $32
      v128.and
      local.set $37
      local.get $0
      local.get $4
      v128.load
      local.tee $38
      v128.store
      local.get $1
      local.get $33
      local.get $34
      local.get $35
      local.get $38
      local.get $37
      f32x4.lt
      v128.bitselect
      local.get $38
      local.get $37
      f32x4.gt
      v128.bitselect
      local.tee $37
      v128.store
      local.get $38
      local.get $37
      f32x4.mul
      local.get $18
      f32x4.add
      local.set $18
      local.get $29
      v128.load offset=16
      local.get $36
      i32x4.eq
      local.get $32
      v128.and
      local.set $37
      local.get $0
      local.get $4
      v128.load offset=16
      local.tee $38
      v128.store offset=16
      local.get $1
      local.get $33
      local.get $34
      local.get $35
      local.get $38
      local.get $37
      f32x4.lt
      v128.bitselect
      local.get $38
      local.get $37
      f32x4.gt
      v128.bitselect
      local.tee $37
      v128.store offset=16
      local.get $38
      local.get $37
      f32x4.mul
      local.get $27
      f32x4.add
      local.set $27
      local.get $29
      v128.load offset=32
      local.get $36
      i32x4.eq
      local.get $32
      v128.and
      local.set $37
      local.get $0
      local.get $4
      v128.load offset=32
      local.tee $38
      v128.store offset=32
      local.get $1
      local.get $33
      local.get $34
      local.get $35
      local.get $38
      local.get $37
      f32x4.lt
      v128.bitselect
      local.get $38
      local.get $37
      f32x4.gt
      v128.bitselect
      local.tee $37
      v128.store offset=32
      local.get $38
      local.get $37
      f32x4.mul
      local.get $19
      f32x4.add
      local.set $19
      local.get $29
      v128.load offset=48
      local.get $36
      i32x4.eq
      local.get $32
      v128.and
      local.set $36
      local.get $0
      local.get $4
      v128.load offset=48
      local.tee $37
      v128.store offset=48
      local.get $1
      local.get $33
      local.get $34
      local.get $35
      local.get $37
      local.get $36
      f32x4.lt
      v128.bitselect
      local.get $37
      local.get $36
      f32x4.gt
      v128.bitselect
      local.tee $33
      v128.store offset=48
      local.get $37
      local.get $33
      f32x4.mul
      local.get $20
      f32x4.add
      local.set $20
      local.get $0
      i32.const 256
      i32.add
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $4
      local.get $22
      i32.add
      local.set $4
      local.get $5
      local.get $25
      i32.add
      local.set $5
      local.get $11
      i32.const 12
      i32.add
      local.set $11
      local.get $30
      i32.const 1
      i32.add
      local.set $30
      br $for-loop|5
     end
    end
    local.get $15
    f32x4.splat
    local.set $32
    local.get $16
    f32x4.splat
    local.set $33
    local.get $8
    local.set $0
    local.get $3
    local.set $1
    local.get $2
    local.get $7
    i32.add
    local.set $3
    i32.const 0
    local.set $4
    loop $for-loop|6
     local.get $4
     local.get $9
     i32.lt_s
     if
      local.get $0
      v128.load offset=16
      local.get $1
      v128.load offset=16
      local.get $27
      f32x4.sub
      f32x4.mul
      local.set $34
      local.get $0
      v128.load offset=32
      local.get $1
      v128.load offset=32
      local.get $19
      f32x4.sub
      f32x4.mul
      local.set $35
      local.get $0
      v128.load offset=48
      local.get $1
      v128.load offset=48
      local.get $20
      f32x4.sub
      f32x4.mul
      local.set $36
      local.get $3
      local.get $0
      v128.load
      local.get $1
      v128.load
      local.get $18
      f32x4.sub
      f32x4.mul
      local.get $32
      f32x4.mul
      local.get $33
      f32x4.mul
      local.get $29
      v128.load offset=256
      v128.and
      v128.store
      local.get $3
      local.get $34
      local.get $32
      f32x4.mul
      local.get $33
      f32x4.mul
      local.get $29
      v128.load offset=272
      v128.and
      v128.store offset=16
      local.get $3
      local.get $35
      local.get $32
      f32x4.mul
      local.get $33
      f32x4.mul
      local.get $29
      v128.load offset=288
      v128.and
      v128.store offset=32
      local.get $3
      local.get $36
      local.get $32
      f32x4.mul
      local.get $33
      f32x4.mul
      local.get $29
      v128.load offset=304
      v128.and
      v128.store offset=48
      local.get $0
      i32.const 256
      i32.add
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $3
      local.get $23
      i32.add
      local.set $3
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|6
     end
    end
    local.get $7
    i32.const -64
    i32.sub
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradSoftmaxSoftN2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 f32) (param $18 f32) (param $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 i32)
  (local $40 i32)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  local.get $0
  local.set $29
  local.get $1
  local.set $28
  local.get $2
  local.set $26
  local.get $3
  local.set $25
  local.get $4
  local.set $24
  local.get $5
  local.set $2
  local.get $7
  local.set $27
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $40
  i32.const 0
  local.set $7
  local.get $11
  i32.const 2
  i32.shl
  local.set $34
  loop $for-loop|0
   local.get $7
   local.get $34
   i32.lt_u
   if
    local.get $7
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $21
    i32.const 1064
    v128.load32_splat
    local.set $20
    local.get $27
    if
     local.get $0
     local.get $27
     i32.add
     v128.load
     local.get $21
     i8x16.eq
     v128.not
     local.set $20
    end
    local.get $20
    i16x8.extend_low_i8x16_s
    local.set $31
    local.get $21
    local.tee $22
    local.set $23
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $6
     i32.add
     v128.load
     local.tee $22
     i16x8.extend_low_i8x16_u
     local.tee $30
     i32x4.extend_low_i16x8_u
     local.set $21
     local.get $22
     i16x8.extend_high_i8x16_u
     local.tee $23
     i32x4.extend_low_i16x8_u
     local.set $22
     local.get $23
     i32x4.extend_high_i16x8_u
     local.set $23
     local.get $30
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $6
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $1
      v128.load
      local.tee $30
      i32x4.extend_low_i16x8_u
      local.set $21
      local.get $1
      v128.load offset=16
      local.tee $23
      i32x4.extend_low_i16x8_u
      local.set $22
      local.get $23
      i32x4.extend_high_i16x8_u
      local.set $23
      local.get $30
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $6
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $1
       v128.load
       local.set $21
       local.get $1
       v128.load offset=32
       local.set $22
       local.get $1
       v128.load offset=48
       local.set $23
       local.get $1
       v128.load offset=16
      else
       local.get $21
      end
     end
    end
    local.set $35
    local.get $31
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $30
    i32.const 1024
    v128.load32_splat
    local.set $36
    local.get $12
    i32.const 0
    i32.ne
    local.tee $1
    if
     local.get $30
     local.get $21
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $21
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $36
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $30
    end
    local.get $40
    local.get $21
    i32.const 1064
    v128.load32_splat
    local.get $30
    v128.bitselect
    v128.store
    local.get $40
    local.get $30
    v128.store offset=256
    local.get $31
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $21
    i32.const 1024
    v128.load32_splat
    local.set $30
    local.get $1
    if
     local.get $21
     local.get $35
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $35
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $30
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $21
    end
    local.get $40
    local.get $35
    i32.const 1064
    v128.load32_splat
    local.get $21
    v128.bitselect
    v128.store offset=16
    local.get $40
    local.get $21
    v128.store offset=272
    local.get $20
    i16x8.extend_high_i8x16_s
    local.tee $21
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $20
    i32.const 1024
    v128.load32_splat
    local.set $30
    local.get $1
    if
     local.get $20
     local.get $22
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $22
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $30
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $20
    end
    local.get $40
    local.get $22
    i32.const 1064
    v128.load32_splat
    local.get $20
    v128.bitselect
    v128.store offset=32
    local.get $40
    local.get $20
    v128.store offset=288
    local.get $21
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $20
    i32.const 1024
    v128.load32_splat
    local.set $21
    local.get $1
    if
     local.get $20
     local.get $23
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $23
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $21
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $20
    end
    local.get $40
    local.get $23
    i32.const 1064
    v128.load32_splat
    local.get $20
    v128.bitselect
    v128.store offset=48
    local.get $40
    local.get $20
    v128.store offset=304
    i32.const 1024
    v128.load32_splat
    local.tee $21
    local.set $30
    i32.const 1032
    v128.load32_splat
    local.set $31
    i32.const 1068
    v128.load32_splat
    local.set $35
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    i32.const 512
    i32.add
    local.set $1
    i32.const 0
    local.set $0
    loop $for-loop|1
     local.get $0
     i32.const 64
     i32.lt_u
     if
      local.get $31
      local.tee $20
      local.tee $22
      local.tee $23
      local.set $41
      local.get $7
      local.get $29
      i32.add
      local.get $0
      i32.add
      local.set $3
      local.get $0
      local.get $8
      i32.add
      local.set $4
      i32.const 0
      local.set $5
      loop $for-loop|2
       local.get $5
       local.get $9
       i32.lt_s
       if
        local.get $3
        v128.load offset=16
        local.set $36
        local.get $3
        v128.load offset=32
        local.set $37
        local.get $3
        v128.load offset=48
        local.set $38
        local.get $4
        local.get $3
        v128.load
        local.tee $42
        v128.store
        local.get $4
        local.get $36
        v128.store offset=16
        local.get $4
        local.get $37
        v128.store offset=32
        local.get $4
        local.get $38
        v128.store offset=48
        local.get $21
        local.get $42
        local.get $35
        v128.and
        i32x4.max_u
        local.get $36
        local.get $35
        v128.and
        i32x4.max_u
        local.get $37
        local.get $35
        v128.and
        i32x4.max_u
        local.get $38
        local.get $35
        v128.and
        i32x4.max_u
        local.set $21
        local.get $20
        local.get $42
        f32x4.pmax
        local.set $20
        local.get $22
        local.get $36
        f32x4.pmax
        local.set $22
        local.get $23
        local.get $37
        f32x4.pmax
        local.set $23
        local.get $41
        local.get $38
        f32x4.pmax
        local.set $41
        local.get $3
        local.get $28
        i32.add
        local.set $3
        local.get $4
        i32.const 256
        i32.add
        local.set $4
        local.get $5
        i32.const 1
        i32.add
        local.set $5
        br $for-loop|2
       end
      end
      local.get $0
      local.get $1
      i32.add
      local.tee $3
      local.get $20
      v128.store
      local.get $3
      local.get $22
      v128.store offset=16
      local.get $3
      local.get $23
      v128.store offset=32
      local.get $3
      local.get $41
      v128.store offset=48
      local.get $0
      i32.const -64
      i32.sub
      local.set $0
      br $for-loop|1
     end
    end
    i32.const 1036
    v128.load32_splat
    local.set $42
    i32.const 1040
    v128.load32_splat
    local.set $43
    i32.const 1028
    v128.load32_splat
    local.set $44
    i32.const 1044
    v128.load32_splat
    local.set $45
    i32.const 1048
    v128.load32_splat
    local.set $46
    i32.const 1052
    v128.load32_splat
    local.set $47
    i32.const 1056
    v128.load32_splat
    local.set $38
    i32.const 1060
    v128.load32_splat
    local.set $37
    local.get $15
    f32x4.splat
    local.set $36
    local.get $16
    f32x4.splat
    local.set $35
    i32.const 0
    local.set $3
    loop $for-loop|3
     local.get $3
     i32.const 64
     i32.lt_u
     if
      local.get $1
      local.get $3
      i32.add
      local.tee $0
      v128.load
      local.set $22
      local.get $0
      v128.load offset=16
      local.set $20
      local.get $30
      local.tee $21
      local.set $41
      local.get $3
      local.get $8
      i32.add
      local.set $0
      i32.const 0
      local.set $4
      loop $for-loop|4
       local.get $4
       local.get $9
       i32.lt_s
       if
        local.get $0
        v128.load offset=16
        local.get $20
        f32x4.sub
        local.get $36
        f32x4.mul
        local.get $35
        f32x4.mul
        local.tee $48
        local.get $43
        f32x4.add
        local.set $31
        local.get $0
        v128.load
        local.get $22
        f32x4.sub
        local.get $36
        f32x4.mul
        local.get $35
        f32x4.mul
        local.tee $49
        local.get $43
        f32x4.add
        local.set $23
        local.get $0
        local.get $37
        local.get $49
        local.get $23
        local.get $43
        f32x4.sub
        f32x4.sub
        local.tee $50
        f32x4.mul
        local.get $38
        f32x4.add
        local.get $50
        f32x4.mul
        local.get $47
        f32x4.add
        local.get $50
        f32x4.mul
        local.get $46
        f32x4.add
        local.get $50
        f32x4.mul
        local.get $45
        f32x4.add
        local.get $50
        f32x4.mul
        local.get $44
        f32x4.add
        local.get $23
        i32.const 23
        i32x4.shl
        i32x4.add
        local.get $49
        local.get $42
        f32x4.ge
        v128.and
        local.tee $23
        v128.store
        local.get $0
        local.get $37
        local.get $48
        local.get $31
        local.get $43
        f32x4.sub
        f32x4.sub
        local.tee $49
        f32x4.mul
        local.get $38
        f32x4.add
        local.get $49
        f32x4.mul
        local.get $47
        f32x4.add
        local.get $49
        f32x4.mul
        local.get $46
        f32x4.add
        local.get $49
        f32x4.mul
        local.get $45
        f32x4.add
        local.get $49
        f32x4.mul
        local.get $44
        f32x4.add
        local.get $31
        i32.const 23
        i32x4.shl
        i32x4.add
        local.get $48
        local.get $42
        f32x4.ge
        v128.and
        local.tee $31
        v128.store offset=16
        local.get $21
        local.get $23
        f32x4.add
        local.set $21
        local.get $41
        local.get $31
        f32x4.add
        local.set $41
        local.get $0
        i32.const 256
        i32.add
        local.set $0
        local.get $4
        i32.const 1
        i32.add
        local.set $4
        br $for-loop|4
       end
      end
      local.get $1
      local.get $3
      i32.add
      local.tee $0
      local.get $44
      local.get $21
      f32x4.div
      local.get $1
      i32.const 256
      i32.sub
      local.get $3
      i32.add
      local.tee $4
      v128.load
      v128.and
      v128.store
      local.get $0
      local.get $44
      local.get $41
      f32x4.div
      local.get $4
      v128.load offset=16
      v128.and
      v128.store offset=16
      local.get $3
      i32.const 32
      i32.add
      local.set $3
      br $for-loop|3
     end
    end
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    local.tee $0
    local.set $33
    local.get $0
    local.set $3
    i32.const 1028
    v128.load32_splat
    drop
    i32.const 1024
    v128.load32_splat
    local.tee $21
    local.tee $23
    local.set $41
    local.get $23
    local.set $20
    local.get $8
    local.tee $0
    local.get $9
    i32.const 8
    i32.shl
    i32.add
    local.tee $32
    local.set $1
    local.get $7
    local.get $29
    i32.add
    local.set $4
    local.get $7
    local.get $24
    i32.add
    local.set $5
    local.get $19
    local.set $11
    i32.const 0
    local.set $39
    loop $for-loop|5
     local.get $9
     local.get $39
     i32.gt_s
     if
      local.get $11
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $22
      local.get $11
      v128.load32_splat
      local.set $30
      local.get $5
      v128.load
      local.set $31
      local.get $0
      local.get $0
      v128.load
      local.get $3
      v128.load offset=512
      f32x4.mul
      local.tee $35
      v128.store
      local.get $1
      local.get $30
      local.get $35
      f32x4.mul
      local.get $22
      local.get $31
      f32x4.mul
      f32x4.add
      local.tee $31
      v128.store
      local.get $35
      local.get $31
      f32x4.mul
      local.get $21
      f32x4.add
      local.set $21
      local.get $5
      v128.load offset=16
      local.set $31
      local.get $0
      local.get $0
      i32.const 16
      i32.add
      v128.load
      local.get $3
      v128.load offset=528
      f32x4.mul
      local.tee $35
      v128.store offset=16
      local.get $1
      local.get $30
      local.get $35
      f32x4.mul
      local.get $22
      local.get $31
      f32x4.mul
      f32x4.add
      local.tee $31
      v128.store offset=16
      local.get $35
      local.get $31
      f32x4.mul
      local.get $23
      f32x4.add
      local.set $23
      local.get $5
      v128.load offset=32
      local.set $31
      local.get $0
      local.get $0
      i32.const 32
      i32.add
      v128.load
      local.get $3
      v128.load offset=544
      f32x4.mul
      local.tee $35
      v128.store offset=32
      local.get $1
      local.get $30
      local.get $35
      f32x4.mul
      local.get $22
      local.get $31
      f32x4.mul
      f32x4.add
      local.tee $31
      v128.store offset=32
      local.get $35
      local.get $31
      f32x4.mul
      local.get $41
      f32x4.add
      local.set $41
      local.get $5
      v128.load offset=48
      local.set $31
      local.get $0
      local.get $0
      i32.const 48
      i32.add
      v128.load
      local.get $3
      v128.load offset=560
      f32x4.mul
      local.tee $35
      v128.store offset=48
      local.get $1
      local.get $30
      local.get $35
      f32x4.mul
      local.get $22
      local.get $31
      f32x4.mul
      f32x4.add
      local.tee $22
      v128.store offset=48
      local.get $35
      local.get $22
      f32x4.mul
      local.get $20
      f32x4.add
      local.set $20
      local.get $0
      i32.const 256
      i32.add
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $4
      local.get $28
      i32.add
      local.set $4
      local.get $2
      local.get $5
      i32.add
      local.set $5
      local.get $11
      i32.const 12
      i32.add
      local.set $11
      local.get $39
      i32.const 1
      i32.add
      local.set $39
      br $for-loop|5
     end
    end
    local.get $17
    f32x4.splat
    local.set $22
    local.get $18
    f32x4.splat
    local.set $30
    local.get $8
    local.set $0
    local.get $32
    local.set $1
    local.get $7
    local.get $26
    i32.add
    local.set $3
    i32.const 0
    local.set $4
    loop $for-loop|6
     local.get $4
     local.get $9
     i32.lt_s
     if
      local.get $0
      v128.load offset=16
      local.get $1
      v128.load offset=16
      local.get $23
      f32x4.sub
      f32x4.mul
      local.set $31
      local.get $0
      v128.load offset=32
      local.get $1
      v128.load offset=32
      local.get $41
      f32x4.sub
      f32x4.mul
      local.set $35
      local.get $0
      v128.load offset=48
      local.get $1
      v128.load offset=48
      local.get $20
      f32x4.sub
      f32x4.mul
      local.set $36
      local.get $3
      local.get $0
      v128.load
      local.get $1
      v128.load
      local.get $21
      f32x4.sub
      f32x4.mul
      local.get $22
      f32x4.mul
      local.get $30
      f32x4.mul
      local.get $33
      v128.load offset=256
      v128.and
      v128.store
      local.get $3
      local.get $31
      local.get $22
      f32x4.mul
      local.get $30
      f32x4.mul
      local.get $33
      v128.load offset=272
      v128.and
      v128.store offset=16
      local.get $3
      local.get $35
      local.get $22
      f32x4.mul
      local.get $30
      f32x4.mul
      local.get $33
      v128.load offset=288
      v128.and
      v128.store offset=32
      local.get $3
      local.get $36
      local.get $22
      f32x4.mul
      local.get $30
      f32x4.mul
      local.get $33
      v128.load offset=304
      v128.and
      v128.store offset=48
      local.get $0
      i32.const 256
      i32.add
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $3
      local.get $25
      i32.add
      local.set $3
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|6
     end
    end
    local.get $7
    i32.const -64
    i32.sub
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradSoftmaxSoftN1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 f32) (param $18 f32) (param $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 i32)
  (local $40 i32)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  local.get $0
  local.set $29
  local.get $1
  local.set $28
  local.get $2
  local.set $26
  local.get $3
  local.set $25
  local.get $4
  local.set $24
  local.get $5
  local.set $2
  local.get $7
  local.set $27
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $40
  i32.const 0
  local.set $7
  local.get $11
  i32.const 2
  i32.shl
  local.set $34
  loop $for-loop|0
   local.get $7
   local.get $34
   i32.lt_u
   if
    local.get $7
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $21
    i32.const 1064
    v128.load32_splat
    local.set $20
    local.get $27
    if
     local.get $0
     local.get $27
     i32.add
     v128.load
     local.get $21
     i8x16.eq
     v128.not
     local.set $20
    end
    local.get $20
    i16x8.extend_low_i8x16_s
    local.set $31
    local.get $21
    local.tee $22
    local.set $23
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $6
     i32.add
     v128.load
     local.tee $22
     i16x8.extend_low_i8x16_u
     local.tee $30
     i32x4.extend_low_i16x8_u
     local.set $21
     local.get $22
     i16x8.extend_high_i8x16_u
     local.tee $23
     i32x4.extend_low_i16x8_u
     local.set $22
     local.get $23
     i32x4.extend_high_i16x8_u
     local.set $23
     local.get $30
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $6
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $1
      v128.load
      local.tee $30
      i32x4.extend_low_i16x8_u
      local.set $21
      local.get $1
      v128.load offset=16
      local.tee $23
      i32x4.extend_low_i16x8_u
      local.set $22
      local.get $23
      i32x4.extend_high_i16x8_u
      local.set $23
      local.get $30
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $6
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $1
       v128.load
       local.set $21
       local.get $1
       v128.load offset=32
       local.set $22
       local.get $1
       v128.load offset=48
       local.set $23
       local.get $1
       v128.load offset=16
      else
       local.get $21
      end
     end
    end
    local.set $35
    local.get $31
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $30
    i32.const 1024
    v128.load32_splat
    local.set $36
    local.get $12
    i32.const 0
    i32.ne
    local.tee $1
    if
     local.get $30
     local.get $21
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $21
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $36
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $30
    end
    local.get $40
    local.get $21
    i32.const 1064
    v128.load32_splat
    local.get $30
    v128.bitselect
    v128.store
    local.get $40
    local.get $30
    v128.store offset=256
    local.get $31
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $21
    i32.const 1024
    v128.load32_splat
    local.set $30
    local.get $1
    if
     local.get $21
     local.get $35
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $35
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $30
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $21
    end
    local.get $40
    local.get $35
    i32.const 1064
    v128.load32_splat
    local.get $21
    v128.bitselect
    v128.store offset=16
    local.get $40
    local.get $21
    v128.store offset=272
    local.get $20
    i16x8.extend_high_i8x16_s
    local.tee $21
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $20
    i32.const 1024
    v128.load32_splat
    local.set $30
    local.get $1
    if
     local.get $20
     local.get $22
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $22
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $30
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $20
    end
    local.get $40
    local.get $22
    i32.const 1064
    v128.load32_splat
    local.get $20
    v128.bitselect
    v128.store offset=32
    local.get $40
    local.get $20
    v128.store offset=288
    local.get $21
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $20
    i32.const 1024
    v128.load32_splat
    local.set $21
    local.get $1
    if
     local.get $20
     local.get $23
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $23
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $21
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $20
    end
    local.get $40
    local.get $23
    i32.const 1064
    v128.load32_splat
    local.get $20
    v128.bitselect
    v128.store offset=48
    local.get $40
    local.get $20
    v128.store offset=304
    i32.const 1024
    v128.load32_splat
    local.tee $21
    local.set $30
    i32.const 1032
    v128.load32_splat
    local.set $31
    i32.const 1068
    v128.load32_splat
    local.set $35
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    i32.const 512
    i32.add
    local.set $1
    i32.const 0
    local.set $0
    loop $for-loop|1
     local.get $0
     i32.const 64
     i32.lt_u
     if
      local.get $31
      local.tee $20
      local.tee $22
      local.tee $23
      local.set $41
      local.get $7
      local.get $29
      i32.add
      local.get $0
      i32.add
      local.set $3
      local.get $0
      local.get $8
      i32.add
      local.set $4
      i32.const 0
      local.set $5
      loop $for-loop|2
       local.get $5
       local.get $9
       i32.lt_s
       if
        local.get $3
        v128.load offset=16
        local.set $36
        local.get $3
        v128.load offset=32
        local.set $37
        local.get $3
        v128.load offset=48
        local.set $38
        local.get $4
        local.get $3
        v128.load
        local.tee $42
        v128.store
        local.get $4
        local.get $36
        v128.store offset=16
        local.get $4
        local.get $37
        v128.store offset=32
        local.get $4
        local.get $38
        v128.store offset=48
        local.get $21
        local.get $42
        local.get $35
        v128.and
        i32x4.max_u
        local.get $36
        local.get $35
        v128.and
        i32x4.max_u
        local.get $37
        local.get $35
        v128.and
        i32x4.max_u
        local.get $38
        local.get $35
        v128.and
        i32x4.max_u
        local.set $21
        local.get $20
        local.get $42
        f32x4.pmax
        local.set $20
        local.get $22
        local.get $36
        f32x4.pmax
        local.set $22
        local.get $23
        local.get $37
        f32x4.pmax
        local.set $23
        local.get $41
        local.get $38
        f32x4.pmax
        local.set $41
        local.get $3
        local.get $28
        i32.add
        local.set $3
        local.get $4
        i32.const 256
        i32.add
        local.set $4
        local.get $5
        i32.const 1
        i32.add
        local.set $5
        br $for-loop|2
       end
      end
      local.get $0
      local.get $1
      i32.add
      local.tee $3
      local.get $20
      v128.store
      local.get $3
      local.get $22
      v128.store offset=16
      local.get $3
      local.get $23
      v128.store offset=32
      local.get $3
      local.get $41
      v128.store offset=48
      local.get $0
      i32.const -64
      i32.sub
      local.set $0
      br $for-loop|1
     end
    end
    i32.const 1036
    v128.load32_splat
    local.set $42
    i32.const 1040
    v128.load32_splat
    local.set $43
    i32.const 1028
    v128.load32_splat
    local.set $44
    i32.const 1044
    v128.load32_splat
    local.set $45
    i32.const 1048
    v128.load32_splat
    local.set $46
    i32.const 1052
    v128.load32_splat
    local.set $47
    i32.const 1056
    v128.load32_splat
    local.set $38
    i32.const 1060
    v128.load32_splat
    local.set $37
    local.get $15
    f32x4.splat
    local.set $36
    local.get $16
    f32x4.splat
    local.set $35
    i32.const 0
    local.set $3
    loop $for-loop|3
     local.get $3
     i32.const 64
     i32.lt_u
     if
      local.get $1
      local.get $3
      i32.add
      local.tee $0
      v128.load
      local.set $22
      local.get $0
      v128.load offset=16
      local.set $20
      local.get $30
      local.tee $21
      local.set $41
      local.get $3
      local.get $8
      i32.add
      local.set $0
      i32.const 0
      local.set $4
      loop $for-loop|4
       local.get $4
       local.get $9
       i32.lt_s
       if
        local.get $0
        v128.load offset=16
        local.get $20
        f32x4.sub
        local.get $36
        f32x4.mul
        local.get $35
        f32x4.mul
        local.tee $48
        local.get $43
        f32x4.add
        local.set $31
        local.get $0
        v128.load
        local.get $22
        f32x4.sub
        local.get $36
        f32x4.mul
        local.get $35
        f32x4.mul
        local.tee $49
        local.get $43
        f32x4.add
        local.set $23
        local.get $0
        local.get $37
        local.get $49
        local.get $23
        local.get $43
        f32x4.sub
        f32x4.sub
        local.tee $50
        f32x4.mul
        local.get $38
        f32x4.add
        local.get $50
        f32x4.mul
        local.get $47
        f32x4.add
        local.get $50
        f32x4.mul
        local.get $46
        f32x4.add
        local.get $50
        f32x4.mul
        local.get $45
        f32x4.add
        local.get $50
        f32x4.mul
        local.get $44
        f32x4.add
        local.get $23
        i32.const 23
        i32x4.shl
        i32x4.add
        local.get $49
        local.get $42
        f32x4.ge
        v128.and
        local.tee $23
        v128.store
        local.get $0
        local.get $37
        local.get $48
        local.get $31
        local.get $43
        f32x4.sub
        f32x4.sub
        local.tee $49
        f32x4.mul
        local.get $38
        f32x4.add
        local.get $49
        f32x4.mul
        local.get $47
        f32x4.add
        local.get $49
        f32x4.mul
        local.get $46
        f32x4.add
        local.get $49
        f32x4.mul
        local.get $45
        f32x4.add
        local.get $49
        f32x4.mul
        local.get $44
        f32x4.add
        local.get $31
        i32.const 23
        i32x4.shl
        i32x4.add
        local.get $48
        local.get $42
        f32x4.ge
        v128.and
        local.tee $31
        v128.store offset=16
        local.get $21
        local.get $23
        f32x4.add
        local.set $21
        local.get $41
        local.get $31
        f32x4.add
        local.set $41
        local.get $0
        i32.const 256
        i32.add
        local.set $0
        local.get $4
        i32.const 1
        i32.add
        local.set $4
        br $for-loop|4
       end
      end
      local.get $1
      local.get $3
      i32.add
      local.tee $0
      local.get $44
      local.get $21
      f32x4.div
      local.get $1
      i32.const 256
      i32.sub
      local.get $3
      i32.add
      local.tee $4
      v128.load
      v128.and
      v128.store
      local.get $0
      local.get $44
      local.get $41
      f32x4.div
      local.get $4
      v128.load offset=16
      v128.and
      v128.store offset=16
      local.get $3
      i32.const 32
      i32.add
      local.set $3
      br $for-loop|3
     end
    end
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    local.tee $0
    local.set $33
    local.get $0
    local.set $3
    i32.const 1028
    v128.load32_splat
    drop
    i32.const 1024
    v128.load32_splat
    local.tee $21
    local.tee $23
    local.set $41
    local.get $23
    local.set $20
    local.get $8
    local.tee $0
    local.get $9
    i32.const 8
    i32.shl
    i32.add
    local.tee $32
    local.set $1
    local.get $7
    local.get $29
    i32.add
    local.set $4
    local.get $7
    local.get $24
    i32.add
    local.set $5
    local.get $19
    local.set $11
    i32.const 0
    local.set $39
    loop $for-loop|5
     local.get $9
     local.get $39
     i32.gt_s
     if
      local.get $11
      v128.load32_splat
      local.set $22
      local.get $11
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $30
      local.get $11
      i32.const 8
      i32.add
      v128.load32_splat
      local.set $31
      local.get $5
      v128.load
      local.set $35
      local.get $0
      local.get $0
      v128.load
      local.get $3
      v128.load offset=512
      f32x4.mul
      local.tee $36
      v128.store
      local.get $1
      local.get $22
      local.get $30
      local.get $31
      local.get $36
      local.get $35
      f32x4.lt
      v128.bitselect
      local.get $36
      local.get $35
      f32x4.gt
      v128.bitselect
      local.tee $35
      v128.store
      local.get $36
      local.get $35
      f32x4.mul
      local.get $21
      f32x4.add
      local.set $21
      local.get $5
      v128.load offset=16
      local.set $35
      local.get $0
      local.get $0
      i32.const 16
      i32.add
      v128.load
      local.get $3
      v128.load offset=528
      f32x4.mul
      local.tee $36
      v128.store offset=16
      local.get $1
      local.get $22
      local.get $30
      local.get $31
      local.get $36
      local.get $35
      f32x4.lt
      v128.bitselect
      local.get $36
      local.get $35
      f32x4.gt
      v128.bitselect
      local.tee $35
      v128.store offset=16
      local.get $36
      local.get $35
      f32x4.mul
      local.get $23
      f32x4.add
      local.set $23
      local.get $5
      v128.load offset=32
      local.set $35
      local.get $0
      local.get $0
      i32.const 32
      i32.add
      v128.load
      local.get $3
      v128.load offset=544
      f32x4.mul
      local.tee $36
      v128.store offset=32
      local.get $1
      local.get $22
      local.get $30
      local.get $31
      local.get $36
      local.get $35
      f32x4.lt
      v128.bitselect
      local.get $36
      local.get $35
      f32x4.gt
      v128.bitselect
      local.tee $35
      v128.store offset=32
      local.get $36
      local.get $35
      f32x4.mul
      local.get $41
      f32x4.add
      local.set $41
      local.get $5
      v128.load offset=48
      local.set $35
      local.get $0
      local.get $0
      i32.const 48
      i32.add
      v128.load
      local.get $3
      v128.load offset=560
      f32x4.mul
      local.tee $36
      v128.store offset=48
      local.get $1
      local.get $22
      local.get $30
      local.get $31
      local.get $36
      local.get $35
      f32x4.lt
      v128.bitselect
      local.get $36
      local.get $35
      f32x4.gt
      v128.bitselect
      local.tee $22
      v128.store offset=48
      local.get $36
      local.get $22
      f32x4.mul
      local.get $20
      f32x4.add
      local.set $20
      local.get $0
      i32.const 256
      i32.add
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $4
      local.get $28
      i32.add
      local.set $4
      local.get $2
      local.get $5
      i32.add
      local.set $5
      local.get $11
      i32.const 12
      i32.add
      local.set $11
      local.get $39
      i32.const 1
      i32.add
      local.set $39
      br $for-loop|5
     end
    end
    local.get $17
    f32x4.splat
    local.set $22
    local.get $18
    f32x4.splat
    local.set $30
    local.get $8
    local.set $0
    local.get $32
    local.set $1
    local.get $7
    local.get $26
    i32.add
    local.set $3
    i32.const 0
    local.set $4
    loop $for-loop|6
     local.get $4
     local.get $9
     i32.lt_s
     if
      local.get $0
      v128.load offset=16
      local.get $1
      v128.load offset=16
      local.get $23
      f32x4.sub
      f32x4.mul
      local.set $31
      local.get $0
      v128.load offset=32
      local.get $1
      v128.load offset=32
      local.get $41
      f32x4.sub
      f32x4.mul
      local.set $35
      local.get $0
      v128.load offset=48
      local.get $1
      v128.load offset=48
      local.get $20
      f32x4.sub
      f32x4.mul
      local.set $36
      local.get $3
      local.get $0
      v128.load
      local.get $1
      v128.load
      local.get $21
      f32x4.sub
      f32x4.mul
      local.get $22
      f32x4.mul
      local.get $30
      f32x4.mul
      local.get $33
      v128.load offset=256
      v128.and
      v128.store
      local.get $3
      local.get $31
      local.get $22
      f32x4.mul
      local.get $30
      f32x4.mul
      local.get $33
      v128.load offset=272
      v128.and
      v128.store offset=16
      local.get $3
      local.get $35
      local.get $22
      f32x4.mul
      local.get $30
      f32x4.mul
      local.get $33
      v128.load offset=288
      v128.and
      v128.store offset=32
      local.get $3
      local.get $36
      local.get $22
      f32x4.mul
      local.get $30
      f32x4.mul
      local.get $33
      v128.load offset=304
      v128.and
      v128.store offset=48
      local.get $0
      i32.const 256
      i32.add
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $3
      local.get $25
      i32.add
      local.set $3
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|6
     end
    end
    local.get $7
    i32.const -64
    i32.sub
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradSoftmaxHardN2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 f32) (param $18 f32) (param $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 i32)
  (local $40 i32)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  local.get $0
  local.set $29
  local.get $1
  local.set $28
  local.get $2
  local.set $26
  local.get $3
  local.set $25
  local.get $4
  local.set $24
  local.get $5
  local.set $2
  local.get $7
  local.set $27
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $40
  i32.const 0
  local.set $7
  local.get $11
  i32.const 2
  i32.shl
  local.set $34
  loop $for-loop|0
   local.get $7
   local.get $34
   i32.lt_u
   if
    local.get $7
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $21
    i32.const 1064
    v128.load32_splat
    local.set $20
    local.get $27
    if
     local.get $0
     local.get $27
     i32.add
     v128.load
     local.get $21
     i8x16.eq
     v128.not
     local.set $20
    end
    local.get $20
    i16x8.extend_low_i8x16_s
    local.set $31
    local.get $21
    local.tee $22
    local.set $23
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $6
     i32.add
     v128.load
     local.tee $22
     i16x8.extend_low_i8x16_u
     local.tee $30
     i32x4.extend_low_i16x8_u
     local.set $21
     local.get $22
     i16x8.extend_high_i8x16_u
     local.tee $23
     i32x4.extend_low_i16x8_u
     local.set $22
     local.get $23
     i32x4.extend_high_i16x8_u
     local.set $23
     local.get $30
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $6
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $1
      v128.load
      local.tee $30
      i32x4.extend_low_i16x8_u
      local.set $21
      local.get $1
      v128.load offset=16
      local.tee $23
      i32x4.extend_low_i16x8_u
      local.set $22
      local.get $23
      i32x4.extend_high_i16x8_u
      local.set $23
      local.get $30
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $6
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $1
       v128.load
       local.set $21
       local.get $1
       v128.load offset=32
       local.set $22
       local.get $1
       v128.load offset=48
       local.set $23
       local.get $1
       v128.load offset=16
      else
       local.get $21
      end
     end
    end
    local.set $35
    local.get $31
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $30
    i32.const 1024
    v128.load32_splat
    local.set $36
    local.get $12
    i32.const 0
    i32.ne
    local.tee $1
    if
     local.get $30
     local.get $21
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $21
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $36
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $30
    end
    local.get $40
    local.get $21
    i32.const 1064
    v128.load32_splat
    local.get $30
    v128.bitselect
    v128.store
    local.get $40
    local.get $30
    v128.store offset=256
    local.get $31
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $21
    i32.const 1024
    v128.load32_splat
    local.set $30
    local.get $1
    if
     local.get $21
     local.get $35
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $35
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $30
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $21
    end
    local.get $40
    local.get $35
    i32.const 1064
    v128.load32_splat
    local.get $21
    v128.bitselect
    v128.store offset=16
    local.get $40
    local.get $21
    v128.store offset=272
    local.get $20
    i16x8.extend_high_i8x16_s
    local.tee $21
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $20
    i32.const 1024
    v128.load32_splat
    local.set $30
    local.get $1
    if
     local.get $20
     local.get $22
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $22
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $30
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $20
    end
    local.get $40
    local.get $22
    i32.const 1064
    v128.load32_splat
    local.get $20
    v128.bitselect
    v128.store offset=32
    local.get $40
    local.get $20
    v128.store offset=288
    local.get $21
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $20
    i32.const 1024
    v128.load32_splat
    local.set $21
    local.get $1
    if
     local.get $20
     local.get $23
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $23
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $21
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $20
    end
    local.get $40
    local.get $23
    i32.const 1064
    v128.load32_splat
    local.get $20
    v128.bitselect
    v128.store offset=48
    local.get $40
    local.get $20
    v128.store offset=304
    i32.const 1024
    v128.load32_splat
    local.tee $21
    local.set $30
    i32.const 1032
    v128.load32_splat
    local.set $31
    i32.const 1068
    v128.load32_splat
    local.set $35
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    i32.const 512
    i32.add
    local.set $1
    i32.const 0
    local.set $0
    loop $for-loop|1
     local.get $0
     i32.const 64
     i32.lt_u
     if
      local.get $31
      local.tee $20
      local.tee $22
      local.tee $23
      local.set $41
      local.get $7
      local.get $29
      i32.add
      local.get $0
      i32.add
      local.set $3
      local.get $0
      local.get $8
      i32.add
      local.set $4
      i32.const 0
      local.set $5
      loop $for-loop|2
       local.get $5
       local.get $9
       i32.lt_s
       if
        local.get $3
        v128.load offset=16
        local.set $36
        local.get $3
        v128.load offset=32
        local.set $37
        local.get $3
        v128.load offset=48
        local.set $38
        local.get $4
        local.get $3
        v128.load
        local.tee $42
        v128.store
        local.get $4
        local.get $36
        v128.store offset=16
        local.get $4
        local.get $37
        v128.store offset=32
        local.get $4
        local.get $38
        v128.store offset=48
        local.get $21
        local.get $42
        local.get $35
        v128.and
        i32x4.max_u
        local.get $36
        local.get $35
        v128.and
        i32x4.max_u
        local.get $37
        local.get $35
        v128.and
        i32x4.max_u
        local.get $38
        local.get $35
        v128.and
        i32x4.max_u
        local.set $21
        local.get $20
        local.get $42
        f32x4.pmax
        local.set $20
        local.get $22
        local.get $36
        f32x4.pmax
        local.set $22
        local.get $23
        local.get $37
        f32x4.pmax
        local.set $23
        local.get $41
        local.get $38
        f32x4.pmax
        local.set $41
        local.get $3
        local.get $28
        i32.add
        local.set $3
        local.get $4
        i32.const 256
        i32.add
        local.set $4
        local.get $5
        i32.const 1
        i32.add
        local.set $5
        br $for-loop|2
       end
      end
      local.get $0
      local.get $1
      i32.add
      local.tee $3
      local.get $20
      v128.store
      local.get $3
      local.get $22
      v128.store offset=16
      local.get $3
      local.get $23
      v128.store offset=32
      local.get $3
      local.get $41
      v128.store offset=48
      local.get $0
      i32.const -64
      i32.sub
      local.set $0
      br $for-loop|1
     end
    end
    i32.const 1036
    v128.load32_splat
    local.set $42
    i32.const 1040
    v128.load32_splat
    local.set $43
    i32.const 1028
    v128.load32_splat
    local.set $44
    i32.const 1044
    v128.load32_splat
    local.set $45
    i32.const 1048
    v128.load32_splat
    local.set $46
    i32.const 1052
    v128.load32_splat
    local.set $47
    i32.const 1056
    v128.load32_splat
    local.set $38
    i32.const 1060
    v128.load32_splat
    local.set $37
    local.get $15
    f32x4.splat
    local.set $36
    local.get $16
    f32x4.splat
    local.set $35
    i32.const 0
    local.set $3
    loop $for-loop|3
     local.get $3
     i32.const 64
     i32.lt_u
     if
      local.get $1
      local.get $3
      i32.add
      local.tee $0
      v128.load
      local.set $22
      local.get $0
      v128.load offset=16
      local.set $20
      local.get $30
      local.tee $21
      local.set $41
      local.get $3
      local.get $8
      i32.add
      local.set $0
      i32.const 0
      local.set $4
      loop $for-loop|4
       local.get $4
       local.get $9
       i32.lt_s
       if
        local.get $0
        v128.load offset=16
        local.get $20
        f32x4.sub
        local.get $36
        f32x4.mul
        local.get $35
        f32x4.mul
        local.tee $48
        local.get $43
        f32x4.add
        local.set $31
        local.get $0
        v128.load
        local.get $22
        f32x4.sub
        local.get $36
        f32x4.mul
        local.get $35
        f32x4.mul
        local.tee $49
        local.get $43
        f32x4.add
        local.set $23
        local.get $0
        local.get $37
        local.get $49
        local.get $23
        local.get $43
        f32x4.sub
        f32x4.sub
        local.tee $50
        f32x4.mul
        local.get $38
        f32x4.add
        local.get $50
        f32x4.mul
        local.get $47
        f32x4.add
        local.get $50
        f32x4.mul
        local.get $46
        f32x4.add
        local.get $50
        f32x4.mul
        local.get $45
        f32x4.add
        local.get $50
        f32x4.mul
        local.get $44
        f32x4.add
        local.get $23
        i32.const 23
        i32x4.shl
        i32x4.add
        local.get $49
        local.get $42
        f32x4.ge
        v128.and
        local.tee $23
        v128.store
        local.get $0
        local.get $37
        local.get $48
        local.get $31
        local.get $43
        f32x4.sub
        f32x4.sub
        local.tee $49
        f32x4.mul
        local.get $38
        f32x4.add
        local.get $49
        f32x4.mul
        local.get $47
        f32x4.add
        local.get $49
        f32x4.mul
        local.get $46
        f32x4.add
        local.get $49
        f32x4.mul
        local.get $45
        f32x4.add
        local.get $49
        f32x4.mul
        local.get $44
        f32x4.add
        local.get $31
        i32.const 23
        i32x4.shl
        i32x4.add
        local.get $48
        local.get $42
        f32x4.ge
        v128.and
        local.tee $31
        v128.store offset=16
        local.get $21
        local.get $23
        f32x4.add
        local.set $21
        local.get $41
        local.get $31
        f32x4.add
        local.set $41
        local.get $0
        i32.const 256
        i32.add
        local.set $0
        local.get $4
        i32.const 1
        i32.add
        local.set $4
        br $for-loop|4
       end
      end
      local.get $1
      local.get $3
      i32.add
      local.tee $0
      local.get $44
      local.get $21
      f32x4.div
      local.get $1
      i32.const 256
      i32.sub
      local.get $3
      i32.add
      local.tee $4
      v128.load
      v128.and
      v128.store
      local.get $0
      local.get $44
      local.get $41
      f32x4.div
      local.get $4
      v128.load offset=16
      v128.and
      v128.store offset=16
      local.get $3
      i32.const 32
      i32.add
      local.set $3
      br $for-loop|3
     end
    end
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    local.tee $0
    local.set $33
    local.get $0
    local.set $3
    i32.const 1028
    v128.load32_splat
    local.set $22
    i32.const 1024
    v128.load32_splat
    local.tee $21
    local.tee $23
    local.set $41
    local.get $23
    local.set $20
    local.get $8
    local.tee $0
    local.get $9
    i32.const 8
    i32.shl
    i32.add
    local.tee $32
    local.set $1
    local.get $7
    local.get $29
    i32.add
    local.set $4
    local.get $7
    local.get $24
    i32.add
    local.set $5
    local.get $19
    local.set $11
    i32.const 0
    local.set $39
    loop $for-loop|5
     local.get $9
     local.get $39
     i32.gt_s
     if
      local.get $11
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $30
      local.get $11
      v128.load32_splat
      local.set $31
      local.get $3
      v128.load
      local.get $39
      i32x4.splat
      local.tee $35
      i32x4.eq
      local.get $22
      v128.and
      local.set $36
      local.get $0
      local.get $0
      v128.load
      local.get $3
      v128.load offset=512
      f32x4.mul
      local.tee $37
      v128.store
      local.get $1
      local.get $31
      local.get $37
      f32x4.mul
      local.get $30
      local.get $36
      f32x4.mul
      f32x4.add
      local.tee $36
      v128.store
      local.get $37
      local.get $36
      f32x4.mul
      local.get $21
      f32x4.add
      local.set $21
      local.get $3
      v128.load offset=16
      local.get $35
      i32x4.eq
      local.get $22
      v128.and
      local.set $36
      local.get $0
      local.get $0
      i32.const 16
      i32.add
      v128.load
      local.get $3
      v128.load offset=528
      f32x4.mul
      local.tee $37
      v128.store offset=16
      local.get $1
      local.get $31
      local.get $37
      f32x4.mul
      local.get $30
      local.get $36
      f32x4.mul
      f32x4.add
      local.tee $36
      v128.store offset=16
      local.get $37
      local.get $36
      f32x4.mul
      local.get $23
      f32x4.add
      local.set $23
      local.get $3
      v128.load offset=32
      local.get $35
      i32x4.eq
      local.get $22
      v128.and
      local.set $36
      local.get $0
      local.get $0
      i32.const 32
      i32.add
      v128.load
      local.get $3
      v128.load offset=544
      f32x4.mul
      local.tee $37
      v128.store offset=32
      local.get $1
      local.get $31
      local.get $37
      f32x4.mul
      local.get $30
      local.get $36
      f32x4.mul
      f32x4.add
      local.tee $36
      v128.store offset=32
      local.get $37
      local.get $36
      f32x4.mul
      local.get $41
      f32x4.add
      local.set $41
      local.get $3
      v128.load offset=48
      local.get $35
      i32x4.eq
      local.get $22
      v128.and
      local.set $35
      local.get $0
      local.get $0
      i32.const 48
      i32.add
      v128.load
      local.get $3
      v128.load offset=560
      f32x4.mul
      local.tee $36
      v128.store offset=48
      local.get $1
      local.get $31
      local.get $36
      f32x4.mul
      local.get $30
      local.get $35
      f32x4.mul
      f32x4.add
      local.tee $30
      v128.store offset=48
      local.get $36
      local.get $30
      f32x4.mul
      local.get $20
      f32x4.add
      local.set $20
      local.get $0
      i32.const 256
      i32.add
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $4
      local.get $28
      i32.add
      local.set $4
      local.get $2
      local.get $5
      i32.add
      local.set $5
      local.get $11
      i32.const 12
      i32.add
      local.set $11
      local.get $39
      i32.const 1
      i32.add
      local.set $39
      br $for-loop|5
     end
    end
    local.get $17
    f32x4.splat
    local.set $22
    local.get $18
    f32x4.splat
    local.set $30
    local.get $8
    local.set $0
    local.get $32
    local.set $1
    local.get $7
    local.get $26
    i32.add
    local.set $3
    i32.const 0
    local.set $4
    loop $for-loop|6
     local.get $4
     local.get $9
     i32.lt_s
     if
      local.get $0
      v128.load offset=16
      local.get $1
      v128.load offset=16
      local.get $23
      f32x4.sub
      f32x4.mul
      local.set $31
      local.get $0
      v128.load offset=32
      local.get $1
      v128.load offset=32
      local.get $41
      f32x4.sub
      f32x4.mul
      local.set $35
      local.get $0
      v128.load offset=48
      local.get $1
      v128.load offset=48
      local.get $20
      f32x4.sub
      f32x4.mul
      local.set $36
      local.get $3
      local.get $0
      v128.load
      local.get $1
      v128.load
      local.get $21
      f32x4.sub
      f32x4.mul
      local.get $22
      f32x4.mul
      local.get $30
      f32x4.mul
      local.get $33
      v128.load offset=256
      v128.and
      v128.store
      local.get $3
      local.get $31
      local.get $22
      f32x4.mul
      local.get $30
      f32x4.mul
      local.get $33
      v128.load offset=272
      v128.and
      v128.store offset=16
      local.get $3
      local.get $35
      local.get $22
      f32x4.mul
      local.get $30
      f32x4.mul
      local.get $33
      v128.load offset=288
      v128.and
      v128.store offset=32
      local.get $3
      local.get $36
      local.get $22
      f32x4.mul
      local.get $30
      f32x4.mul
      local.get $33
      v128.load offset=304
      v128.and
      v128.store offset=48
      local.get $0
      i32.const 256
      i32.add
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $3
      local.get $25
      i32.add
      local.set $3
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|6
     end
    end
    local.get $7
    i32.const -64
    i32.sub
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradSoftmaxHardN1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 f32) (param $18 f32) (param $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 i32)
  (local $40 i32)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  local.get $0
  local.set $29
  local.get $1
  local.set $28
  local.get $2
  local.set $26
  local.get $3
  local.set $25
  local.get $4
  local.set $24
  local.get $5
  local.set $2
  local.get $7
  local.set $27
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $40
  i32.const 0
  local.set $7
  local.get $11
  i32.const 2
  i32.shl
  local.set $34
  loop $for-loop|0
   local.get $7
   local.get $34
   i32.lt_u
   if
    local.get $7
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $21
    i32.const 1064
    v128.load32_splat
    local.set $20
    local.get $27
    if
     local.get $0
     local.get $27
     i32.add
     v128.load
     local.get $21
     i8x16.eq
     v128.not
     local.set $20
    end
    local.get $20
    i16x8.extend_low_i8x16_s
    local.set $31
    local.get $21
    local.tee $22
    local.set $23
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $6
     i32.add
     v128.load
     local.tee $22
     i16x8.extend_low_i8x16_u
     local.tee $30
     i32x4.extend_low_i16x8_u
     local.set $21
     local.get $22
     i16x8.extend_high_i8x16_u
     local.tee $23
     i32x4.extend_low_i16x8_u
     local.set $22
     local.get $23
     i32x4.extend_high_i16x8_u
     local.set $23
     local.get $30
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $6
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $1
      v128.load
      local.tee $30
      i32x4.extend_low_i16x8_u
      local.set $21
      local.get $1
      v128.load offset=16
      local.tee $23
      i32x4.extend_low_i16x8_u
      local.set $22
      local.get $23
      i32x4.extend_high_i16x8_u
      local.set $23
      local.get $30
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $6
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $1
       v128.load
       local.set $21
       local.get $1
       v128.load offset=32
       local.set $22
       local.get $1
       v128.load offset=48
       local.set $23
       local.get $1
       v128.load offset=16
      else
       local.get $21
      end
     end
    end
    local.set $35
    local.get $31
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $30
    i32.const 1024
    v128.load32_splat
    local.set $36
    local.get $12
    i32.const 0
    i32.ne
    local.tee $1
    if
     local.get $30
     local.get $21
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $21
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $36
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $30
    end
    local.get $40
    local.get $21
    i32.const 1064
    v128.load32_splat
    local.get $30
    v128.bitselect
    v128.store
    local.get $40
    local.get $30
    v128.store offset=256
    local.get $31
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $21
    i32.const 1024
    v128.load32_splat
    local.set $30
    local.get $1
    if
     local.get $21
     local.get $35
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $35
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $30
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $21
    end
    local.get $40
    local.get $35
    i32.const 1064
    v128.load32_splat
    local.get $21
    v128.bitselect
    v128.store offset=16
    local.get $40
    local.get $21
    v128.store offset=272
    local.get $20
    i16x8.extend_high_i8x16_s
    local.tee $21
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $20
    i32.const 1024
    v128.load32_splat
    local.set $30
    local.get $1
    if
     local.get $20
     local.get $22
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $22
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $30
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $20
    end
    local.get $40
    local.get $22
    i32.const 1064
    v128.load32_splat
    local.get $20
    v128.bitselect
    v128.store offset=32
    local.get $40
    local.get $20
    v128.store offset=288
    local.get $21
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $20
    i32.const 1024
    v128.load32_splat
    local.set $21
    local.get $1
    if
     local.get $20
     local.get $23
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $23
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $21
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $20
    end
    local.get $40
    local.get $23
    i32.const 1064
    v128.load32_splat
    local.get $20
    v128.bitselect
    v128.store offset=48
    local.get $40
    local.get $20
    v128.store offset=304
    i32.const 1024
    v128.load32_splat
    local.tee $21
    local.set $30
    i32.const 1032
    v128.load32_splat
    local.set $31
    i32.const 1068
    v128.load32_splat
    local.set $35
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    i32.const 512
    i32.add
    local.set $1
    i32.const 0
    local.set $0
    loop $for-loop|1
     local.get $0
     i32.const 64
     i32.lt_u
     if
      local.get $31
      local.tee $20
      local.tee $22
      local.tee $23
      local.set $41
      local.get $7
      local.get $29
      i32.add
      local.get $0
      i32.add
      local.set $3
      local.get $0
      local.get $8
      i32.add
      local.set $4
      i32.const 0
      local.set $5
      loop $for-loop|2
       local.get $5
       local.get $9
       i32.lt_s
       if
        local.get $3
        v128.load offset=16
        local.set $36
        local.get $3
        v128.load offset=32
        local.set $37
        local.get $3
        v128.load offset=48
        local.set $38
        local.get $4
        local.get $3
        v128.load
        local.tee $42
        v128.store
        local.get $4
        local.get $36
        v128.store offset=16
        local.get $4
        local.get $37
        v128.store offset=32
        local.get $4
        local.get $38
        v128.store offset=48
        local.get $21
        local.get $42
        local.get $35
        v128.and
        i32x4.max_u
        local.get $36
        local.get $35
        v128.and
        i32x4.max_u
        local.get $37
        local.get $35
        v128.and
        i32x4.max_u
        local.get $38
        local.get $35
        v128.and
        i32x4.max_u
        local.set $21
        local.get $20
        local.get $42
        f32x4.pmax
        local.set $20
        local.get $22
        local.get $36
        f32x4.pmax
        local.set $22
        local.get $23
        local.get $37
        f32x4.pmax
        local.set $23
        local.get $41
        local.get $38
        f32x4.pmax
        local.set $41
        local.get $3
        local.get $28
        i32.add
        local.set $3
        local.get $4
        i32.const 256
        i32.add
        local.set $4
        local.get $5
        i32.const 1
        i32.add
        local.set $5
        br $for-loop|2
       end
      end
      local.get $0
      local.get $1
      i32.add
      local.tee $3
      local.get $20
      v128.store
      local.get $3
      local.get $22
      v128.store offset=16
      local.get $3
      local.get $23
      v128.store offset=32
      local.get $3
      local.get $41
      v128.store offset=48
      local.get $0
      i32.const -64
      i32.sub
      local.set $0
      br $for-loop|1
     end
    end
    i32.const 1036
    v128.load32_splat
    local.set $42
    i32.const 1040
    v128.load32_splat
    local.set $43
    i32.const 1028
    v128.load32_splat
    local.set $44
    i32.const 1044
    v128.load32_splat
    local.set $45
    i32.const 1048
    v128.load32_splat
    local.set $46
    i32.const 1052
    v128.load32_splat
    local.set $47
    i32.const 1056
    v128.load32_splat
    local.set $38
    i32.const 1060
    v128.load32_splat
    local.set $37
    local.get $15
    f32x4.splat
    local.set $36
    local.get $16
    f32x4.splat
    local.set $35
    i32.const 0
    local.set $3
    loop $for-loop|3
     local.get $3
     i32.const 64
     i32.lt_u
     if
      local.get $1
      local.get $3
      i32.add
      local.tee $0
      v128.load
      local.set $22
      local.get $0
      v128.load offset=16
      local.set $20
      local.get $30
      local.tee $21
      local.set $41
      local.get $3
      local.get $8
      i32.add
      local.set $0
      i32.const 0
      local.set $4
      loop $for-loop|4
       local.get $4
       local.get $9
       i32.lt_s
       if
        local.get $0
        v128.load offset=16
        local.get $20
        f32x4.sub
        local.get $36
        f32x4.mul
        local.get $35
        f32x4.mul
        local.tee $48
        local.get $43
        f32x4.add
        local.set $31
        local.get $0
        v128.load
        local.get $22
        f32x4.sub
        local.get $36
        f32x4.mul
        local.get $35
        f32x4.mul
        local.tee $49
        local.get $43
        f32x4.add
        local.set $23
        local.get $0
        local.get $37
        local.get $49
        local.get $23
        local.get $43
        f32x4.sub
        f32x4.sub
        local.tee $50
        f32x4.mul
        local.get $38
        f32x4.add
        local.get $50
        f32x4.mul
        local.get $47
        f32x4.add
        local.get $50
        f32x4.mul
        local.get $46
        f32x4.add
        local.get $50
        f32x4.mul
        local.get $45
        f32x4.add
        local.get $50
        f32x4.mul
        local.get $44
        f32x4.add
        local.get $23
        i32.const 23
        i32x4.shl
        i32x4.add
        local.get $49
        local.get $42
        f32x4.ge
        v128.and
        local.tee $23
        v128.store
        local.get $0
        local.get $37
        local.get $48
        local.get $31
        local.get $43
        f32x4.sub
        f32x4.sub
        local.tee $49
        f32x4.mul
        local.get $38
        f32x4.add
        local.get $49
        f32x4.mul
        local.get $47
        f32x4.add
        local.get $49
        f32x4.mul
        local.get $46
        f32x4.add
        local.get $49
        f32x4.mul
        local.get $45
        f32x4.add
        local.get $49
        f32x4.mul
        local.get $44
        f32x4.add
        local.get $31
        i32.const 23
        i32x4.shl
        i32x4.add
        local.get $48
        local.get $42
        f32x4.ge
        v128.and
        local.tee $31
        v128.store offset=16
        local.get $21
        local.get $23
        f32x4.add
        local.set $21
        local.get $41
        local.get $31
        f32x4.add
        local.set $41
        local.get $0
        i32.const 256
        i32.add
        local.set $0
        local.get $4
        i32.const 1
        i32.add
        local.set $4
        br $for-loop|4
       end
      end
      local.get $1
      local.get $3
      i32.add
      local.tee $0
      local.get $44
      local.get $21
      f32x4.div
      local.get $1
      i32.const 256
      i32.sub
      local.get $3
      i32.add
      local.tee $4
      v128.load
      v128.and
      v128.store
      local.get $0
      local.get $44
      local.get $41
      f32x4.div
      local.get $4
      v128.load offset=16
      v128.and
      v128.store offset=16
      local.get $3
      i32.const 32
      i32.add
      local.set $3
      br $for-loop|3
     end
    end
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    local.tee $0
    local.set $33
    local.get $0
    local.set $3
    i32.const 1028
    v128.load32_splat
    local.set $22
    i32.const 1024
    v128.load32_splat
    local.tee $21
    local.tee $23
    local.set $41
    local.get $23
    local.set $20
    local.get $8
    local.tee $0
    local.get $9
    i32.const 8
    i32.shl
    i32.add
    local.tee $32
    local.set $1
    local.get $7
    local.get $29
    i32.add
    local.set $4
    local.get $7
    local.get $24
    i32.add
    local.set $5
    local.get $19
    local.set $11
    i32.const 0
    local.set $39
    loop $for-loop|5
     local.get $9
     local.get $39
     i32.gt_s
     if
      local.get $11
      v128.load32_splat
      local.set $30
      local.get $11
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $31
      local.get $11
      i32.const 8
      i32.add
      v128.load32_splat
      local.set $35
      local.get $3
      v128.load
      local.get $39
      i32x4.splat
      local.tee $36
      i32x4.eq
      local.get $22
      v128.and
      local.set $37
      local.get $0
      local.get $0
      v128.load
      local.get $3
      v128.load offset=512
      f32x4.mul
      local.tee $38
      v128.store
      local.get $1
      local.get $30
      local.get $31
      local.get $35
      local.get $38
      local.get $37
      f32x4.lt
      v128.bitselect
      local.get $38
      local.get $37
      f32x4.gt
      v128.bitselect
      local.tee $37
      v128.store
      local.get $38
      local.get $37
      f32x4.mul
      local.get $21
      f32x4.add
      local.set $21
      local.get $3
      v128.load offset=16
      local.get $36
      i32x4.eq
      local.get $22
      v128.and
      local.set $37
      local.get $0
      local.get $0
      i32.const 16
      i32.add
      v128.load
      local.get $3
      v128.load offset=528
      f32x4.mul
      local.tee $38
      v128.store offset=16
      local.get $1
      local.get $30
      local.get $31
      local.get $35
      local.get $38
      local.get $37
      f32x4.lt
      v128.bitselect
      local.get $38
      local.get $37
      f32x4.gt
      v128.bitselect
      local.tee $37
      v128.store offset=16
      local.get $38
      local.get $37
      f32x4.mul
      local.get $23
      f32x4.add
      local.set $23
      local.get $3
      v128.load offset=32
      local.get $36
      i32x4.eq
      local.get $22
      v128.and
      local.set $37
      local.get $0
      local.get $0
      i32.const 32
      i32.add
      v128.load
      local.get $3
      v128.load offset=544
      f32x4.mul
      local.tee $38
      v128.store offset=32
      local.get $1
      local.get $30
      local.get $31
      local.get $35
      local.get $38
      local.get $37
      f32x4.lt
      v128.bitselect
      local.get $38
      local.get $37
      f32x4.gt
      v128.bitselect
      local.tee $37
      v128.store offset=32
      local.get $38
      local.get $37
      f32x4.mul
      local.get $41
      f32x4.add
      local.set $41
      local.get $3
      v128.load offset=48
      local.get $36
      i32x4.eq
      local.get $22
      v128.and
      local.set $36
      local.get $0
      local.get $0
      i32.const 48
      i32.add
      v128.load
      local.get $3
      v128.load offset=560
      f32x4.mul
      local.tee $37
      v128.store offset=48
      local.get $1
      local.get $30
      local.get $31
      local.get $35
      local.get $37
      local.get $36
      f32x4.lt
      v128.bitselect
      local.get $37
      local.get $36
      f32x4.gt
      v128.bitselect
      local.tee $30
      v128.store offset=48
      local.get $37
      local.get $30
      f32x4.mul
      local.get $20
      f32x4.add
      local.set $20
      local.get $0
      i32.const 256
      i32.add
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $4
      local.get $28
      i32.add
      local.set $4
      local.get $2
      local.get $5
      i32.add
      local.set $5
      local.get $11
      i32.const 12
      i32.add
      local.set $11
      local.get $39
      i32.const 1
      i32.add
      local.set $39
      br $for-loop|5
     end
    end
    local.get $17
    f32x4.splat
    local.set $22
    local.get $18
    f32x4.splat
    local.set $30
    local.get $8
    local.set $0
    local.get $32
    local.set $1
    local.get $7
    local.get $26
    i32.add
    local.set $3
    i32.const 0
    local.set $4
    loop $for-loop|6
     local.get $4
     local.get $9
     i32.lt_s
     if
      local.get $0
      v128.load offset=16
      local.get $1
      v128.load offset=16
      local.get $23
      f32x4.sub
      f32x4.mul
      local.set $31
      local.get $0
      v128.load offset=32
      local.get $1
      v128.load offset=32
      local.get $41
      f32x4.sub
      f32x4.mul
      local.set $35
      local.get $0
      v128.load offset=48
      local.get $1
      v128.load offset=48
      local.get $20
      f32x4.sub
      f32x4.mul
      local.set $36
      local.get $3
      local.get $0
      v128.load
      local.get $1
      v128.load
      local.get $21
      f32x4.sub
      f32x4.mul
      local.get $22
      f32x4.mul
      local.get $30
      f32x4.mul
      local.get $33
      v128.load offset=256
      v128.and
      v128.store
      local.get $3
      local.get $31
      local.get $22
      f32x4.mul
      local.get $30
      f32x4.mul
      local.get $33
      v128.load offset=272
      v128.and
      v128.store offset=16
      local.get $3
      local.get $35
      local.get $22
      f32x4.mul
      local.get $30
      f32x4.mul
      local.get $33
      v128.load offset=288
      v128.and
      v128.store offset=32
      local.get $3
      local.get $36
      local.get $22
      f32x4.mul
      local.get $30
      f32x4.mul
      local.get $33
      v128.load offset=304
      v128.and
      v128.store offset=48
      local.get $0
      i32.const 256
      i32.add
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $3
      local.get $25
      i32.add
      local.set $3
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|6
     end
    end
    local.get $7
    i32.const -64
    i32.sub
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradSigmoidStoredSoftN2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 i32)
  local.get $0
  local.set $20
  local.get $1
  local.set $21
  local.get $3
  local.set $22
  local.get $4
  local.set $23
  local.get $5
  local.set $24
  local.get $6
  local.set $25
  local.get $7
  local.set $26
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $29
  i32.const 0
  local.set $7
  local.get $11
  i32.const 2
  i32.shl
  local.set $11
  loop $for-loop|0
   local.get $7
   local.get $11
   i32.lt_u
   if
    local.get $7
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $18
    i32.const 1064
    v128.load32_splat
    local.set $19
    local.get $26
    if
     local.get $0
     local.get $26
     i32.add
     v128.load
     local.get $18
     i8x16.eq
     v128.not
     local.set $19
    end
    local.get $19
    i16x8.extend_low_i8x16_s
    local.set $30
    local.get $19
    i16x8.extend_high_i8x16_s
    local.set $32
    local.get $18
    local.tee $19
    local.set $28
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $25
     i32.add
     v128.load
     local.tee $19
     i16x8.extend_low_i8x16_u
     local.tee $27
     i32x4.extend_low_i16x8_u
     local.set $18
     local.get $19
     i16x8.extend_high_i8x16_u
     local.tee $28
     i32x4.extend_low_i16x8_u
     local.set $19
     local.get $28
     i32x4.extend_high_i16x8_u
     local.set $28
     local.get $27
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $25
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $1
      v128.load
      local.tee $27
      i32x4.extend_low_i16x8_u
      local.set $18
      local.get $1
      v128.load offset=16
      local.tee $28
      i32x4.extend_low_i16x8_u
      local.set $19
      local.get $28
      i32x4.extend_high_i16x8_u
      local.set $28
      local.get $27
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $25
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $1
       v128.load
       local.set $18
       local.get $1
       v128.load offset=32
       local.set $19
       local.get $1
       v128.load offset=48
       local.set $28
       local.get $1
       v128.load offset=16
      else
       local.get $28
      end
     end
    end
    local.set $31
    local.get $30
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $27
    i32.const 1024
    v128.load32_splat
    local.set $33
    local.get $12
    i32.const 0
    i32.ne
    local.tee $1
    if
     local.get $27
     local.get $18
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $18
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $33
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $27
    end
    local.get $29
    local.get $18
    i32.const 1064
    v128.load32_splat
    local.get $27
    v128.bitselect
    v128.store
    local.get $29
    local.get $27
    v128.store offset=256
    local.get $30
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $27
    local.get $1
    if
     local.get $18
     local.get $31
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $31
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $27
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $31
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=16
    local.get $29
    local.get $18
    v128.store offset=272
    local.get $32
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $27
    local.get $1
    if
     local.get $18
     local.get $19
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $19
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $27
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $19
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=32
    local.get $29
    local.get $18
    v128.store offset=288
    local.get $32
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $1
    if
     local.get $18
     local.get $28
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $28
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $28
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=48
    local.get $29
    local.get $18
    v128.store offset=304
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    i32.const 256
    i32.add
    local.set $34
    i32.const 1028
    v128.load32_splat
    local.set $18
    local.get $15
    f32x4.splat
    local.set $19
    local.get $16
    f32x4.splat
    local.set $27
    local.get $7
    local.get $20
    i32.add
    local.set $5
    local.get $2
    local.get $7
    i32.add
    local.set $6
    local.get $7
    local.get $23
    i32.add
    local.set $3
    local.get $17
    local.set $1
    i32.const 0
    local.set $4
    loop $for-loop|7
     local.get $4
     local.get $9
     i32.lt_s
     if
      local.get $1
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $28
      local.get $1
      v128.load32_splat
      local.set $30
      i32.const 0
      local.set $0
      loop $for-loop|8
       local.get $0
       i32.const 64
       i32.lt_u
       if
        local.get $0
        local.get $6
        i32.add
        local.get $30
        local.get $0
        local.get $5
        i32.add
        v128.load
        local.tee $31
        f32x4.mul
        local.get $28
        local.get $0
        local.get $3
        i32.add
        v128.load
        f32x4.mul
        f32x4.add
        local.get $31
        f32x4.mul
        local.get $18
        local.get $31
        f32x4.sub
        f32x4.mul
        local.get $19
        f32x4.mul
        local.get $27
        f32x4.mul
        local.get $0
        local.get $34
        i32.add
        v128.load
        v128.and
        v128.store
        local.get $0
        i32.const 16
        i32.add
        local.set $0
        br $for-loop|8
       end
      end
      local.get $5
      local.get $21
      i32.add
      local.set $5
      local.get $6
      local.get $22
      i32.add
      local.set $6
      local.get $3
      local.get $24
      i32.add
      local.set $3
      local.get $1
      i32.const 12
      i32.add
      local.set $1
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|7
     end
    end
    local.get $7
    i32.const -64
    i32.sub
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradSigmoidStoredSoftN1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 i32)
  local.get $0
  local.set $20
  local.get $1
  local.set $21
  local.get $3
  local.set $22
  local.get $4
  local.set $23
  local.get $5
  local.set $24
  local.get $6
  local.set $25
  local.get $7
  local.set $26
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $29
  i32.const 0
  local.set $7
  local.get $11
  i32.const 2
  i32.shl
  local.set $11
  loop $for-loop|0
   local.get $7
   local.get $11
   i32.lt_u
   if
    local.get $7
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $18
    i32.const 1064
    v128.load32_splat
    local.set $19
    local.get $26
    if
     local.get $0
     local.get $26
     i32.add
     v128.load
     local.get $18
     i8x16.eq
     v128.not
     local.set $19
    end
    local.get $19
    i16x8.extend_low_i8x16_s
    local.set $30
    local.get $19
    i16x8.extend_high_i8x16_s
    local.set $31
    local.get $18
    local.tee $19
    local.set $28
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $25
     i32.add
     v128.load
     local.tee $19
     i16x8.extend_low_i8x16_u
     local.tee $27
     i32x4.extend_low_i16x8_u
     local.set $18
     local.get $19
     i16x8.extend_high_i8x16_u
     local.tee $28
     i32x4.extend_low_i16x8_u
     local.set $19
     local.get $28
     i32x4.extend_high_i16x8_u
     local.set $28
     local.get $27
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $25
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $1
      v128.load
      local.tee $27
      i32x4.extend_low_i16x8_u
      local.set $18
      local.get $1
      v128.load offset=16
      local.tee $28
      i32x4.extend_low_i16x8_u
      local.set $19
      local.get $28
      i32x4.extend_high_i16x8_u
      local.set $28
      local.get $27
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $25
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $1
       v128.load
       local.set $18
       local.get $1
       v128.load offset=32
       local.set $19
       local.get $1
       v128.load offset=48
       local.set $28
       local.get $1
       v128.load offset=16
      else
       local.get $28
      end
     end
    end
    local.set $32
    local.get $30
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $27
    i32.const 1024
    v128.load32_splat
    local.set $33
    local.get $12
    i32.const 0
    i32.ne
    local.tee $1
    if
     local.get $27
     local.get $18
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $18
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $33
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $27
    end
    local.get $29
    local.get $18
    i32.const 1064
    v128.load32_splat
    local.get $27
    v128.bitselect
    v128.store
    local.get $29
    local.get $27
    v128.store offset=256
    local.get $30
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $27
    local.get $1
    if
     local.get $18
     local.get $32
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $32
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $27
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $32
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=16
    local.get $29
    local.get $18
    v128.store offset=272
    local.get $31
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $27
    local.get $1
    if
     local.get $18
     local.get $19
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $19
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $27
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $19
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=32
    local.get $29
    local.get $18
    v128.store offset=288
    local.get $31
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $1
    if
     local.get $18
     local.get $28
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $28
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $28
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=48
    local.get $29
    local.get $18
    v128.store offset=304
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    i32.const 256
    i32.add
    local.set $34
    i32.const 1028
    v128.load32_splat
    local.set $18
    local.get $15
    f32x4.splat
    local.set $19
    local.get $16
    f32x4.splat
    local.set $27
    local.get $7
    local.get $20
    i32.add
    local.set $5
    local.get $2
    local.get $7
    i32.add
    local.set $6
    local.get $7
    local.get $23
    i32.add
    local.set $3
    local.get $17
    local.set $1
    i32.const 0
    local.set $4
    loop $for-loop|7
     local.get $4
     local.get $9
     i32.lt_s
     if
      local.get $1
      v128.load32_splat
      local.set $28
      local.get $1
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $30
      local.get $1
      i32.const 8
      i32.add
      v128.load32_splat
      local.set $31
      i32.const 0
      local.set $0
      loop $for-loop|8
       local.get $0
       i32.const 64
       i32.lt_u
       if
        local.get $0
        local.get $6
        i32.add
        local.get $28
        local.get $30
        local.get $31
        local.get $0
        local.get $5
        i32.add
        v128.load
        local.tee $32
        local.get $0
        local.get $3
        i32.add
        v128.load
        local.tee $33
        f32x4.lt
        v128.bitselect
        local.get $32
        local.get $33
        f32x4.gt
        v128.bitselect
        local.get $32
        f32x4.mul
        local.get $18
        local.get $32
        f32x4.sub
        f32x4.mul
        local.get $19
        f32x4.mul
        local.get $27
        f32x4.mul
        local.get $0
        local.get $34
        i32.add
        v128.load
        v128.and
        v128.store
        local.get $0
        i32.const 16
        i32.add
        local.set $0
        br $for-loop|8
       end
      end
      local.get $5
      local.get $21
      i32.add
      local.set $5
      local.get $6
      local.get $22
      i32.add
      local.set $6
      local.get $3
      local.get $24
      i32.add
      local.set $3
      local.get $1
      i32.const 12
      i32.add
      local.set $1
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|7
     end
    end
    local.get $7
    i32.const -64
    i32.sub
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradSigmoidStoredHardN2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 i32)
  local.get $0
  local.set $20
  local.get $1
  local.set $21
  local.get $3
  local.set $22
  local.get $4
  local.set $23
  local.get $5
  local.set $24
  local.get $6
  local.set $25
  local.get $7
  local.set $26
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $29
  i32.const 0
  local.set $7
  local.get $11
  i32.const 2
  i32.shl
  local.set $30
  loop $for-loop|0
   local.get $7
   local.get $30
   i32.lt_u
   if
    local.get $7
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $18
    i32.const 1064
    v128.load32_splat
    local.set $19
    local.get $26
    if
     local.get $0
     local.get $26
     i32.add
     v128.load
     local.get $18
     i8x16.eq
     v128.not
     local.set $19
    end
    local.get $19
    i16x8.extend_low_i8x16_s
    local.set $32
    local.get $19
    i16x8.extend_high_i8x16_s
    local.set $33
    local.get $18
    local.tee $19
    local.set $28
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $25
     i32.add
     v128.load
     local.tee $19
     i16x8.extend_low_i8x16_u
     local.tee $27
     i32x4.extend_low_i16x8_u
     local.set $18
     local.get $19
     i16x8.extend_high_i8x16_u
     local.tee $28
     i32x4.extend_low_i16x8_u
     local.set $19
     local.get $28
     i32x4.extend_high_i16x8_u
     local.set $28
     local.get $27
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $25
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $1
      v128.load
      local.tee $27
      i32x4.extend_low_i16x8_u
      local.set $18
      local.get $1
      v128.load offset=16
      local.tee $28
      i32x4.extend_low_i16x8_u
      local.set $19
      local.get $28
      i32x4.extend_high_i16x8_u
      local.set $28
      local.get $27
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $25
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $1
       v128.load
       local.set $18
       local.get $1
       v128.load offset=32
       local.set $19
       local.get $1
       v128.load offset=48
       local.set $28
       local.get $1
       v128.load offset=16
      else
       local.get $28
      end
     end
    end
    local.set $31
    local.get $32
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $27
    i32.const 1024
    v128.load32_splat
    local.set $34
    local.get $12
    i32.const 0
    i32.ne
    local.tee $1
    if
     local.get $27
     local.get $18
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $18
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $34
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $27
    end
    local.get $29
    local.get $18
    i32.const 1064
    v128.load32_splat
    local.get $27
    v128.bitselect
    v128.store
    local.get $29
    local.get $27
    v128.store offset=256
    local.get $32
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $27
    local.get $1
    if
     local.get $18
     local.get $31
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $31
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $27
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $31
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=16
    local.get $29
    local.get $18
    v128.store offset=272
    local.get $33
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $27
    local.get $1
    if
     local.get $18
     local.get $19
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $19
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $27
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $19
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=32
    local.get $29
    local.get $18
    v128.store offset=288
    local.get $33
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $1
    if
     local.get $18
     local.get $28
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $28
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $28
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=48
    local.get $29
    local.get $18
    v128.store offset=304
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    local.tee $35
    i32.const 256
    i32.add
    local.set $11
    i32.const 1028
    v128.load32_splat
    local.set $18
    local.get $15
    f32x4.splat
    local.set $19
    local.get $16
    f32x4.splat
    local.set $27
    local.get $7
    local.get $20
    i32.add
    local.set $5
    local.get $2
    local.get $7
    i32.add
    local.set $6
    local.get $7
    local.get $23
    i32.add
    local.set $3
    local.get $17
    local.set $1
    i32.const 0
    local.set $4
    loop $for-loop|7
     local.get $4
     local.get $9
     i32.lt_s
     if
      local.get $4
      i32x4.splat
      local.set $28
      local.get $1
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $31
      local.get $1
      v128.load32_splat
      local.set $32
      i32.const 0
      local.set $0
      loop $for-loop|8
       local.get $0
       i32.const 64
       i32.lt_u
       if
        local.get $0
        local.get $6
        i32.add
        local.get $32
        local.get $0
        local.get $5
        i32.add
        v128.load
        local.tee $33
        f32x4.mul
        local.get $31
        local.get $0
        local.get $35
        i32.add
        v128.load
        local.get $28
        i32x4.eq
        local.get $18
        v128.and
        f32x4.mul
        f32x4.add
        local.get $33
        f32x4.mul
        local.get $18
        local.get $33
        f32x4.sub
        f32x4.mul
        local.get $19
        f32x4.mul
        local.get $27
        f32x4.mul
        local.get $0
        local.get $11
        i32.add
        v128.load
        v128.and
        v128.store
        local.get $0
        i32.const 16
        i32.add
        local.set $0
        br $for-loop|8
       end
      end
      local.get $5
      local.get $21
      i32.add
      local.set $5
      local.get $6
      local.get $22
      i32.add
      local.set $6
      local.get $3
      local.get $24
      i32.add
      local.set $3
      local.get $1
      i32.const 12
      i32.add
      local.set $1
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|7
     end
    end
    local.get $7
    i32.const -64
    i32.sub
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradSigmoidStoredHardN1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 i32)
  (local $36 v128)
  local.get $0
  local.set $20
  local.get $1
  local.set $21
  local.get $3
  local.set $22
  local.get $4
  local.set $23
  local.get $5
  local.set $24
  local.get $6
  local.set $25
  local.get $7
  local.set $26
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $29
  i32.const 0
  local.set $7
  local.get $11
  i32.const 2
  i32.shl
  local.set $30
  loop $for-loop|0
   local.get $7
   local.get $30
   i32.lt_u
   if
    local.get $7
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $18
    i32.const 1064
    v128.load32_splat
    local.set $19
    local.get $26
    if
     local.get $0
     local.get $26
     i32.add
     v128.load
     local.get $18
     i8x16.eq
     v128.not
     local.set $19
    end
    local.get $19
    i16x8.extend_low_i8x16_s
    local.set $31
    local.get $19
    i16x8.extend_high_i8x16_s
    local.set $32
    local.get $18
    local.tee $19
    local.set $28
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $25
     i32.add
     v128.load
     local.tee $19
     i16x8.extend_low_i8x16_u
     local.tee $27
     i32x4.extend_low_i16x8_u
     local.set $18
     local.get $19
     i16x8.extend_high_i8x16_u
     local.tee $28
     i32x4.extend_low_i16x8_u
     local.set $19
     local.get $28
     i32x4.extend_high_i16x8_u
     local.set $28
     local.get $27
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $25
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $1
      v128.load
      local.tee $27
      i32x4.extend_low_i16x8_u
      local.set $18
      local.get $1
      v128.load offset=16
      local.tee $28
      i32x4.extend_low_i16x8_u
      local.set $19
      local.get $28
      i32x4.extend_high_i16x8_u
      local.set $28
      local.get $27
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $25
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $1
       v128.load
       local.set $18
       local.get $1
       v128.load offset=32
       local.set $19
       local.get $1
       v128.load offset=48
       local.set $28
       local.get $1
       v128.load offset=16
      else
       local.get $28
      end
     end
    end
    local.set $33
    local.get $31
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $27
    i32.const 1024
    v128.load32_splat
    local.set $34
    local.get $12
    i32.const 0
    i32.ne
    local.tee $1
    if
     local.get $27
     local.get $18
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $18
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $34
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $27
    end
    local.get $29
    local.get $18
    i32.const 1064
    v128.load32_splat
    local.get $27
    v128.bitselect
    v128.store
    local.get $29
    local.get $27
    v128.store offset=256
    local.get $31
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $27
    local.get $1
    if
     local.get $18
     local.get $33
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $33
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $27
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $33
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=16
    local.get $29
    local.get $18
    v128.store offset=272
    local.get $32
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $27
    local.get $1
    if
     local.get $18
     local.get $19
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $19
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $27
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $19
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=32
    local.get $29
    local.get $18
    v128.store offset=288
    local.get $32
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $1
    if
     local.get $18
     local.get $28
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $28
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $29
    local.get $28
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=48
    local.get $29
    local.get $18
    v128.store offset=304
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    local.tee $35
    i32.const 256
    i32.add
    local.set $11
    i32.const 1028
    v128.load32_splat
    local.set $19
    local.get $15
    f32x4.splat
    local.set $27
    local.get $16
    f32x4.splat
    local.set $28
    local.get $7
    local.get $20
    i32.add
    local.set $5
    local.get $2
    local.get $7
    i32.add
    local.set $6
    local.get $7
    local.get $23
    i32.add
    local.set $3
    local.get $17
    local.set $1
    i32.const 0
    local.set $4
    loop $for-loop|7
     local.get $4
     local.get $9
     i32.lt_s
     if
      local.get $4
      i32x4.splat
      local.set $31
      local.get $1
      v128.load32_splat
      local.set $32
      local.get $1
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $33
      local.get $1
      i32.const 8
      i32.add
      v128.load32_splat
      local.set $34
      i32.const 0
      local.set $0
      loop $for-loop|8
       local.get $0
       i32.const 64
       i32.lt_u
       if
        local.get $0
        local.get $6
        i32.add
        local.get $32
        local.get $33
        local.get $34
        local.get $0
        local.get $5
        i32.add
        v128.load
        local.tee $18
        local.get $0
        local.get $35
        i32.add
        v128.load
        local.get $31
        i32x4.eq
        local.get $19
        v128.and
        local.tee $36
        f32x4.lt
        v128.bitselect
        local.get $18
        local.get $36
        f32x4.gt
        v128.bitselect
        local.get $18
        f32x4.mul
        local.get $19
        local.get $18
        f32x4.sub
        f32x4.mul
        local.get $27
        f32x4.mul
        local.get $28
        f32x4.mul
        local.get $0
        local.get $11
        i32.add
        v128.load
        v128.and
        v128.store
        local.get $0
        i32.const 16
        i32.add
        local.set $0
        br $for-loop|8
       end
      end
      local.get $5
      local.get $21
      i32.add
      local.set $5
      local.get $6
      local.get $22
      i32.add
      local.set $6
      local.get $3
      local.get $24
      i32.add
      local.set $3
      local.get $1
      i32.const 12
      i32.add
      local.set $1
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|7
     end
    end
    local.get $7
    i32.const -64
    i32.sub
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradSigmoidSoftN2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 f32) (param $18 f32) (param $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 i32)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  local.get $0
  local.set $22
  local.get $1
  local.set $23
  local.get $3
  local.set $24
  local.get $4
  local.set $25
  local.get $5
  local.set $26
  local.get $6
  local.set $27
  local.get $7
  local.set $28
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $32
  i32.const 0
  local.set $7
  local.get $11
  i32.const 2
  i32.shl
  local.set $11
  loop $for-loop|0
   local.get $7
   local.get $11
   i32.lt_u
   if
    local.get $7
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $21
    i32.const 1064
    v128.load32_splat
    local.set $20
    local.get $28
    if (result v128)
     local.get $0
     local.get $28
     i32.add
     v128.load
     local.get $21
     i8x16.eq
     v128.not
    else
     local.get $20
    end
    local.tee $29
    i16x8.extend_low_i8x16_s
    local.set $33
    local.get $21
    local.tee $20
    local.set $31
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $27
     i32.add
     v128.load
     local.tee $20
     i16x8.extend_low_i8x16_u
     local.tee $30
     i32x4.extend_low_i16x8_u
     local.set $21
     local.get $20
     i16x8.extend_high_i8x16_u
     local.tee $31
     i32x4.extend_low_i16x8_u
     local.set $20
     local.get $31
     i32x4.extend_high_i16x8_u
     local.set $31
     local.get $30
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $27
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $1
      v128.load
      local.tee $30
      i32x4.extend_low_i16x8_u
      local.set $21
      local.get $1
      v128.load offset=16
      local.tee $31
      i32x4.extend_low_i16x8_u
      local.set $20
      local.get $31
      i32x4.extend_high_i16x8_u
      local.set $31
      local.get $30
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $27
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $1
       v128.load
       local.set $21
       local.get $1
       v128.load offset=32
       local.set $20
       local.get $1
       v128.load offset=48
       local.set $31
       local.get $1
       v128.load offset=16
      else
       local.get $21
      end
     end
    end
    local.set $34
    local.get $33
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $30
    i32.const 1024
    v128.load32_splat
    local.set $35
    local.get $12
    i32.const 0
    i32.ne
    local.tee $1
    if
     local.get $30
     local.get $21
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $21
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $35
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $30
    end
    local.get $32
    local.get $21
    i32.const 1064
    v128.load32_splat
    local.get $30
    v128.bitselect
    v128.store
    local.get $32
    local.get $30
    v128.store offset=256
    local.get $33
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $21
    i32.const 1024
    v128.load32_splat
    local.set $30
    local.get $1
    if
     local.get $21
     local.get $34
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $34
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $30
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $21
    end
    local.get $32
    local.get $34
    i32.const 1064
    v128.load32_splat
    local.get $21
    v128.bitselect
    v128.store offset=16
    local.get $32
    local.get $21
    v128.store offset=272
    local.get $29
    i16x8.extend_high_i8x16_s
    local.tee $29
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $21
    i32.const 1024
    v128.load32_splat
    local.set $30
    local.get $1
    if
     local.get $21
     local.get $20
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $20
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $30
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $21
    end
    local.get $32
    local.get $20
    i32.const 1064
    v128.load32_splat
    local.get $21
    v128.bitselect
    v128.store offset=32
    local.get $32
    local.get $21
    v128.store offset=288
    local.get $29
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $20
    i32.const 1024
    v128.load32_splat
    local.set $21
    local.get $1
    if
     local.get $20
     local.get $31
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $31
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $21
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $20
    end
    local.get $32
    local.get $31
    i32.const 1064
    v128.load32_splat
    local.get $20
    v128.bitselect
    v128.store offset=48
    local.get $32
    local.get $20
    v128.store offset=304
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    i32.const 256
    i32.add
    local.set $36
    i32.const 1028
    v128.load32_splat
    local.set $21
    local.get $15
    f32x4.splat
    local.set $29
    local.get $16
    f32x4.splat
    local.set $30
    local.get $17
    f32x4.splat
    local.set $31
    local.get $18
    f32x4.splat
    local.set $33
    local.get $7
    local.get $22
    i32.add
    local.set $5
    local.get $2
    local.get $7
    i32.add
    local.set $6
    local.get $7
    local.get $25
    i32.add
    local.set $3
    local.get $19
    local.set $1
    i32.const 0
    local.set $4
    loop $for-loop|7
     local.get $4
     local.get $9
     i32.lt_s
     if
      local.get $1
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $34
      local.get $1
      v128.load32_splat
      local.set $35
      i32.const 0
      local.set $0
      loop $for-loop|8
       local.get $0
       i32.const 64
       i32.lt_u
       if
        local.get $0
        local.get $5
        i32.add
        v128.load
        local.tee $37
        i32.const 1072
        v128.load32_splat
        v128.or
        local.get $29
        f32x4.mul
        local.get $30
        f32x4.mul
        local.tee $38
        i32.const 1040
        v128.load32_splat
        local.tee $39
        f32x4.add
        local.set $20
        i32.const 1060
        v128.load32_splat
        local.get $38
        local.get $20
        local.get $39
        f32x4.sub
        f32x4.sub
        local.tee $39
        f32x4.mul
        i32.const 1056
        v128.load32_splat
        f32x4.add
        local.get $39
        f32x4.mul
        i32.const 1052
        v128.load32_splat
        f32x4.add
        local.get $39
        f32x4.mul
        i32.const 1048
        v128.load32_splat
        f32x4.add
        local.get $39
        f32x4.mul
        i32.const 1044
        v128.load32_splat
        f32x4.add
        local.get $39
        f32x4.mul
        i32.const 1028
        v128.load32_splat
        local.tee $39
        f32x4.add
        local.get $20
        i32.const 23
        i32x4.shl
        i32x4.add
        local.get $38
        i32.const 1036
        v128.load32_splat
        f32x4.ge
        v128.and
        local.set $20
        local.get $0
        local.get $6
        i32.add
        local.get $35
        local.get $39
        local.get $39
        local.get $20
        f32x4.add
        f32x4.div
        local.tee $38
        local.get $20
        local.get $38
        f32x4.mul
        local.get $37
        i32.const 1024
        v128.load32_splat
        f32x4.ge
        v128.bitselect
        local.tee $20
        f32x4.mul
        local.get $34
        local.get $0
        local.get $3
        i32.add
        v128.load
        f32x4.mul
        f32x4.add
        local.get $20
        f32x4.mul
        local.get $21
        local.get $20
        f32x4.sub
        f32x4.mul
        local.get $31
        f32x4.mul
        local.get $33
        f32x4.mul
        local.get $0
        local.get $36
        i32.add
        v128.load
        v128.and
        v128.store
        local.get $0
        i32.const 16
        i32.add
        local.set $0
        br $for-loop|8
       end
      end
      local.get $5
      local.get $23
      i32.add
      local.set $5
      local.get $6
      local.get $24
      i32.add
      local.set $6
      local.get $3
      local.get $26
      i32.add
      local.set $3
      local.get $1
      i32.const 12
      i32.add
      local.set $1
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|7
     end
    end
    local.get $7
    i32.const -64
    i32.sub
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradSigmoidSoftN1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 f32) (param $18 f32) (param $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 i32)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  local.get $0
  local.set $22
  local.get $1
  local.set $23
  local.get $3
  local.set $24
  local.get $4
  local.set $25
  local.get $5
  local.set $26
  local.get $6
  local.set $27
  local.get $7
  local.set $28
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $32
  i32.const 0
  local.set $7
  local.get $11
  i32.const 2
  i32.shl
  local.set $11
  loop $for-loop|0
   local.get $7
   local.get $11
   i32.lt_u
   if
    local.get $7
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $21
    i32.const 1064
    v128.load32_splat
    local.set $20
    local.get $28
    if (result v128)
     local.get $0
     local.get $28
     i32.add
     v128.load
     local.get $21
     i8x16.eq
     v128.not
    else
     local.get $20
    end
    local.tee $29
    i16x8.extend_low_i8x16_s
    local.set $33
    local.get $21
    local.tee $20
    local.set $31
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $27
     i32.add
     v128.load
     local.tee $20
     i16x8.extend_low_i8x16_u
     local.tee $30
     i32x4.extend_low_i16x8_u
     local.set $21
     local.get $20
     i16x8.extend_high_i8x16_u
     local.tee $31
     i32x4.extend_low_i16x8_u
     local.set $20
     local.get $31
     i32x4.extend_high_i16x8_u
     local.set $31
     local.get $30
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $27
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $1
      v128.load
      local.tee $30
      i32x4.extend_low_i16x8_u
      local.set $21
      local.get $1
      v128.load offset=16
      local.tee $31
      i32x4.extend_low_i16x8_u
      local.set $20
      local.get $31
      i32x4.extend_high_i16x8_u
      local.set $31
      local.get $30
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $27
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $1
       v128.load
       local.set $21
       local.get $1
       v128.load offset=32
       local.set $20
       local.get $1
       v128.load offset=48
       local.set $31
       local.get $1
       v128.load offset=16
      else
       local.get $21
      end
     end
    end
    local.set $34
    local.get $33
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $30
    i32.const 1024
    v128.load32_splat
    local.set $35
    local.get $12
    i32.const 0
    i32.ne
    local.tee $1
    if
     local.get $30
     local.get $21
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $21
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $35
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $30
    end
    local.get $32
    local.get $21
    i32.const 1064
    v128.load32_splat
    local.get $30
    v128.bitselect
    v128.store
    local.get $32
    local.get $30
    v128.store offset=256
    local.get $33
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $21
    i32.const 1024
    v128.load32_splat
    local.set $30
    local.get $1
    if
     local.get $21
     local.get $34
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $34
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $30
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $21
    end
    local.get $32
    local.get $34
    i32.const 1064
    v128.load32_splat
    local.get $21
    v128.bitselect
    v128.store offset=16
    local.get $32
    local.get $21
    v128.store offset=272
    local.get $29
    i16x8.extend_high_i8x16_s
    local.tee $29
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $21
    i32.const 1024
    v128.load32_splat
    local.set $30
    local.get $1
    if
     local.get $21
     local.get $20
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $20
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $30
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $21
    end
    local.get $32
    local.get $20
    i32.const 1064
    v128.load32_splat
    local.get $21
    v128.bitselect
    v128.store offset=32
    local.get $32
    local.get $21
    v128.store offset=288
    local.get $29
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $20
    i32.const 1024
    v128.load32_splat
    local.set $21
    local.get $1
    if
     local.get $20
     local.get $31
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $31
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $21
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $20
    end
    local.get $32
    local.get $31
    i32.const 1064
    v128.load32_splat
    local.get $20
    v128.bitselect
    v128.store offset=48
    local.get $32
    local.get $20
    v128.store offset=304
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    i32.const 256
    i32.add
    local.set $36
    i32.const 1028
    v128.load32_splat
    local.set $21
    local.get $15
    f32x4.splat
    local.set $29
    local.get $16
    f32x4.splat
    local.set $30
    local.get $17
    f32x4.splat
    local.set $31
    local.get $18
    f32x4.splat
    local.set $33
    local.get $7
    local.get $22
    i32.add
    local.set $5
    local.get $2
    local.get $7
    i32.add
    local.set $6
    local.get $7
    local.get $25
    i32.add
    local.set $3
    local.get $19
    local.set $1
    i32.const 0
    local.set $4
    loop $for-loop|7
     local.get $4
     local.get $9
     i32.lt_s
     if
      local.get $1
      v128.load32_splat
      local.set $34
      local.get $1
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $35
      local.get $1
      i32.const 8
      i32.add
      v128.load32_splat
      local.set $37
      i32.const 0
      local.set $0
      loop $for-loop|8
       local.get $0
       i32.const 64
       i32.lt_u
       if
        local.get $0
        local.get $5
        i32.add
        v128.load
        local.tee $38
        i32.const 1072
        v128.load32_splat
        v128.or
        local.get $29
        f32x4.mul
        local.get $30
        f32x4.mul
        local.tee $39
        i32.const 1040
        v128.load32_splat
        local.tee $40
        f32x4.add
        local.set $20
        i32.const 1060
        v128.load32_splat
        local.get $39
        local.get $20
        local.get $40
        f32x4.sub
        f32x4.sub
        local.tee $40
        f32x4.mul
        i32.const 1056
        v128.load32_splat
        f32x4.add
        local.get $40
        f32x4.mul
        i32.const 1052
        v128.load32_splat
        f32x4.add
        local.get $40
        f32x4.mul
        i32.const 1048
        v128.load32_splat
        f32x4.add
        local.get $40
        f32x4.mul
        i32.const 1044
        v128.load32_splat
        f32x4.add
        local.get $40
        f32x4.mul
        i32.const 1028
        v128.load32_splat
        local.tee $40
        f32x4.add
        local.get $20
        i32.const 23
        i32x4.shl
        i32x4.add
        local.get $39
        i32.const 1036
        v128.load32_splat
        f32x4.ge
        v128.and
        local.set $20
        local.get $0
        local.get $6
        i32.add
        local.get $34
        local.get $35
        local.get $37
        local.get $40
        local.get $40
        local.get $20
        f32x4.add
        f32x4.div
        local.tee $39
        local.get $20
        local.get $39
        f32x4.mul
        local.get $38
        i32.const 1024
        v128.load32_splat
        f32x4.ge
        v128.bitselect
        local.tee $20
        local.get $0
        local.get $3
        i32.add
        v128.load
        local.tee $38
        f32x4.lt
        v128.bitselect
        local.get $20
        local.get $38
        f32x4.gt
        v128.bitselect
        local.get $20
        f32x4.mul
        local.get $21
        local.get $20
        f32x4.sub
        f32x4.mul
        local.get $31
        f32x4.mul
        local.get $33
        f32x4.mul
        local.get $0
        local.get $36
        i32.add
        v128.load
        v128.and
        v128.store
        local.get $0
        i32.const 16
        i32.add
        local.set $0
        br $for-loop|8
       end
      end
      local.get $5
      local.get $23
      i32.add
      local.set $5
      local.get $6
      local.get $24
      i32.add
      local.set $6
      local.get $3
      local.get $26
      i32.add
      local.set $3
      local.get $1
      i32.const 12
      i32.add
      local.set $1
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|7
     end
    end
    local.get $7
    i32.const -64
    i32.sub
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradSigmoidHardN2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 f32) (param $18 f32) (param $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 v128)
  local.get $0
  local.set $22
  local.get $1
  local.set $23
  local.get $3
  local.set $24
  local.get $4
  local.set $25
  local.get $5
  local.set $26
  local.get $6
  local.set $27
  local.get $7
  local.set $28
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $32
  i32.const 0
  local.set $7
  local.get $11
  i32.const 2
  i32.shl
  local.set $34
  loop $for-loop|0
   local.get $7
   local.get $34
   i32.lt_u
   if
    local.get $7
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $21
    i32.const 1064
    v128.load32_splat
    local.set $20
    local.get $28
    if (result v128)
     local.get $0
     local.get $28
     i32.add
     v128.load
     local.get $21
     i8x16.eq
     v128.not
    else
     local.get $20
    end
    local.tee $29
    i16x8.extend_low_i8x16_s
    local.set $35
    local.get $21
    local.tee $20
    local.set $31
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $27
     i32.add
     v128.load
     local.tee $20
     i16x8.extend_low_i8x16_u
     local.tee $30
     i32x4.extend_low_i16x8_u
     local.set $21
     local.get $20
     i16x8.extend_high_i8x16_u
     local.tee $31
     i32x4.extend_low_i16x8_u
     local.set $20
     local.get $31
     i32x4.extend_high_i16x8_u
     local.set $31
     local.get $30
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $27
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $1
      v128.load
      local.tee $30
      i32x4.extend_low_i16x8_u
      local.set $21
      local.get $1
      v128.load offset=16
      local.tee $31
      i32x4.extend_low_i16x8_u
      local.set $20
      local.get $31
      i32x4.extend_high_i16x8_u
      local.set $31
      local.get $30
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $27
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $1
       v128.load
       local.set $21
       local.get $1
       v128.load offset=32
       local.set $20
       local.get $1
       v128.load offset=48
       local.set $31
       local.get $1
       v128.load offset=16
      else
       local.get $21
      end
     end
    end
    local.set $36
    local.get $35
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $30
    i32.const 1024
    v128.load32_splat
    local.set $37
    local.get $12
    i32.const 0
    i32.ne
    local.tee $1
    if
     local.get $30
     local.get $21
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $21
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $37
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $30
    end
    local.get $32
    local.get $21
    i32.const 1064
    v128.load32_splat
    local.get $30
    v128.bitselect
    v128.store
    local.get $32
    local.get $30
    v128.store offset=256
    local.get $35
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $21
    i32.const 1024
    v128.load32_splat
    local.set $30
    local.get $1
    if
     local.get $21
     local.get $36
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $36
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $30
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $21
    end
    local.get $32
    local.get $36
    i32.const 1064
    v128.load32_splat
    local.get $21
    v128.bitselect
    v128.store offset=16
    local.get $32
    local.get $21
    v128.store offset=272
    local.get $29
    i16x8.extend_high_i8x16_s
    local.tee $29
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $21
    i32.const 1024
    v128.load32_splat
    local.set $30
    local.get $1
    if
     local.get $21
     local.get $20
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $20
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $30
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $21
    end
    local.get $32
    local.get $20
    i32.const 1064
    v128.load32_splat
    local.get $21
    v128.bitselect
    v128.store offset=32
    local.get $32
    local.get $21
    v128.store offset=288
    local.get $29
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $20
    i32.const 1024
    v128.load32_splat
    local.set $21
    local.get $1
    if
     local.get $20
     local.get $31
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $31
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $21
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $20
    end
    local.get $32
    local.get $31
    i32.const 1064
    v128.load32_splat
    local.get $20
    v128.bitselect
    v128.store offset=48
    local.get $32
    local.get $20
    v128.store offset=304
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    local.tee $33
    i32.const 256
    i32.add
    local.set $11
    i32.const 1028
    v128.load32_splat
    local.set $21
    local.get $15
    f32x4.splat
    local.set $29
    local.get $16
    f32x4.splat
    local.set $30
    local.get $17
    f32x4.splat
    local.set $31
    local.get $18
    f32x4.splat
    local.set $35
    local.get $7
    local.get $22
    i32.add
    local.set $5
    local.get $2
    local.get $7
    i32.add
    local.set $6
    local.get $7
    local.get $25
    i32.add
    local.set $3
    local.get $19
    local.set $1
    i32.const 0
    local.set $4
    loop $for-loop|7
     local.get $4
     local.get $9
     i32.lt_s
     if
      local.get $4
      i32x4.splat
      local.set $36
      local.get $1
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $37
      local.get $1
      v128.load32_splat
      local.set $38
      i32.const 0
      local.set $0
      loop $for-loop|8
       local.get $0
       i32.const 64
       i32.lt_u
       if
        local.get $0
        local.get $5
        i32.add
        v128.load
        local.tee $39
        i32.const 1072
        v128.load32_splat
        v128.or
        local.get $29
        f32x4.mul
        local.get $30
        f32x4.mul
        local.tee $40
        i32.const 1040
        v128.load32_splat
        local.tee $41
        f32x4.add
        local.set $20
        i32.const 1060
        v128.load32_splat
        local.get $40
        local.get $20
        local.get $41
        f32x4.sub
        f32x4.sub
        local.tee $41
        f32x4.mul
        i32.const 1056
        v128.load32_splat
        f32x4.add
        local.get $41
        f32x4.mul
        i32.const 1052
        v128.load32_splat
        f32x4.add
        local.get $41
        f32x4.mul
        i32.const 1048
        v128.load32_splat
        f32x4.add
        local.get $41
        f32x4.mul
        i32.const 1044
        v128.load32_splat
        f32x4.add
        local.get $41
        f32x4.mul
        i32.const 1028
        v128.load32_splat
        local.tee $41
        f32x4.add
        local.get $20
        i32.const 23
        i32x4.shl
        i32x4.add
        local.get $40
        i32.const 1036
        v128.load32_splat
        f32x4.ge
        v128.and
        local.set $20
        local.get $0
        local.get $6
        i32.add
        local.get $38
        local.get $41
        local.get $41
        local.get $20
        f32x4.add
        f32x4.div
        local.tee $40
        local.get $20
        local.get $40
        f32x4.mul
        local.get $39
        i32.const 1024
        v128.load32_splat
        f32x4.ge
        v128.bitselect
        local.tee $20
        f32x4.mul
        local.get $37
        local.get $0
        local.get $33
        i32.add
        v128.load
        local.get $36
        i32x4.eq
        local.get $21
        v128.and
        f32x4.mul
        f32x4.add
        local.get $20
        f32x4.mul
        local.get $21
        local.get $20
        f32x4.sub
        f32x4.mul
        local.get $31
        f32x4.mul
        local.get $35
        f32x4.mul
        local.get $0
        local.get $11
        i32.add
        v128.load
        v128.and
        v128.store
        local.get $0
        i32.const 16
        i32.add
        local.set $0
        br $for-loop|8
       end
      end
      local.get $5
      local.get $23
      i32.add
      local.set $5
      local.get $6
      local.get $24
      i32.add
      local.set $6
      local.get $3
      local.get $26
      i32.add
      local.set $3
      local.get $1
      i32.const 12
      i32.add
      local.set $1
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|7
     end
    end
    local.get $7
    i32.const -64
    i32.sub
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradSigmoidHardN1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 f32) (param $16 f32) (param $17 f32) (param $18 f32) (param $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  local.get $0
  local.set $22
  local.get $1
  local.set $23
  local.get $3
  local.set $24
  local.get $4
  local.set $25
  local.get $5
  local.set $26
  local.get $6
  local.set $27
  local.get $7
  local.set $28
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $32
  i32.const 0
  local.set $7
  local.get $11
  i32.const 2
  i32.shl
  local.set $34
  loop $for-loop|0
   local.get $7
   local.get $34
   i32.lt_u
   if
    local.get $7
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $21
    i32.const 1064
    v128.load32_splat
    local.set $20
    local.get $28
    if (result v128)
     local.get $0
     local.get $28
     i32.add
     v128.load
     local.get $21
     i8x16.eq
     v128.not
    else
     local.get $20
    end
    local.tee $29
    i16x8.extend_low_i8x16_s
    local.set $35
    local.get $21
    local.tee $20
    local.set $31
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $27
     i32.add
     v128.load
     local.tee $20
     i16x8.extend_low_i8x16_u
     local.tee $30
     i32x4.extend_low_i16x8_u
     local.set $21
     local.get $20
     i16x8.extend_high_i8x16_u
     local.tee $31
     i32x4.extend_low_i16x8_u
     local.set $20
     local.get $31
     i32x4.extend_high_i16x8_u
     local.set $31
     local.get $30
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $27
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $1
      v128.load
      local.tee $30
      i32x4.extend_low_i16x8_u
      local.set $21
      local.get $1
      v128.load offset=16
      local.tee $31
      i32x4.extend_low_i16x8_u
      local.set $20
      local.get $31
      i32x4.extend_high_i16x8_u
      local.set $31
      local.get $30
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $27
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $1
       v128.load
       local.set $21
       local.get $1
       v128.load offset=32
       local.set $20
       local.get $1
       v128.load offset=48
       local.set $31
       local.get $1
       v128.load offset=16
      else
       local.get $21
      end
     end
    end
    local.set $36
    local.get $35
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $30
    i32.const 1024
    v128.load32_splat
    local.set $37
    local.get $12
    i32.const 0
    i32.ne
    local.tee $1
    if
     local.get $30
     local.get $21
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $21
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $37
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $30
    end
    local.get $32
    local.get $21
    i32.const 1064
    v128.load32_splat
    local.get $30
    v128.bitselect
    v128.store
    local.get $32
    local.get $30
    v128.store offset=256
    local.get $35
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $21
    i32.const 1024
    v128.load32_splat
    local.set $30
    local.get $1
    if
     local.get $21
     local.get $36
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $36
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $30
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $21
    end
    local.get $32
    local.get $36
    i32.const 1064
    v128.load32_splat
    local.get $21
    v128.bitselect
    v128.store offset=16
    local.get $32
    local.get $21
    v128.store offset=272
    local.get $29
    i16x8.extend_high_i8x16_s
    local.tee $29
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $21
    i32.const 1024
    v128.load32_splat
    local.set $30
    local.get $1
    if
     local.get $21
     local.get $20
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $20
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $30
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $21
    end
    local.get $32
    local.get $20
    i32.const 1064
    v128.load32_splat
    local.get $21
    v128.bitselect
    v128.store offset=32
    local.get $32
    local.get $21
    v128.store offset=288
    local.get $29
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $20
    i32.const 1024
    v128.load32_splat
    local.set $21
    local.get $1
    if
     local.get $20
     local.get $31
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $31
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $21
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $20
    end
    local.get $32
    local.get $31
    i32.const 1064
    v128.load32_splat
    local.get $20
    v128.bitselect
    v128.store offset=48
    local.get $32
    local.get $20
    v128.store offset=304
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    local.tee $33
    i32.const 256
    i32.add
    local.set $11
    i32.const 1028
    v128.load32_splat
    local.set $29
    local.get $15
    f32x4.splat
    local.set $30
    local.get $16
    f32x4.splat
    local.set $20
    local.get $17
    f32x4.splat
    local.set $31
    local.get $18
    f32x4.splat
    local.set $35
    local.get $7
    local.get $22
    i32.add
    local.set $5
    local.get $2
    local.get $7
    i32.add
    local.set $6
    local.get $7
    local.get $25
    i32.add
    local.set $3
    local.get $19
    local.set $1
    i32.const 0
    local.set $4
    loop $for-loop|7
     local.get $4
     local.get $9
     i32.lt_s
     if
      local.get $4
      i32x4.splat
      local.set $36
      local.get $1
      v128.load32_splat
      local.set $37
      local.get $1
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $38
      local.get $1
      i32.const 8
      i32.add
      v128.load32_splat
      local.set $39
      i32.const 0
      local.set $0
      loop $for-loop|8
       local.get $0
       i32.const 64
       i32.lt_u
       if
        local.get $0
        local.get $5
        i32.add
        v128.load
        local.tee $40
        i32.const 1072
        v128.load32_splat
        v128.or
        local.get $30
        f32x4.mul
        local.get $20
        f32x4.mul
        local.tee $41
        i32.const 1040
        v128.load32_splat
        local.tee $42
        f32x4.add
        local.set $21
        i32.const 1060
        v128.load32_splat
        local.get $41
        local.get $21
        local.get $42
        f32x4.sub
        f32x4.sub
        local.tee $42
        f32x4.mul
        i32.const 1056
        v128.load32_splat
        f32x4.add
        local.get $42
        f32x4.mul
        i32.const 1052
        v128.load32_splat
        f32x4.add
        local.get $42
        f32x4.mul
        i32.const 1048
        v128.load32_splat
        f32x4.add
        local.get $42
        f32x4.mul
        i32.const 1044
        v128.load32_splat
        f32x4.add
        local.get $42
        f32x4.mul
        i32.const 1028
        v128.load32_splat
        local.tee $42
        f32x4.add
        local.get $21
        i32.const 23
        i32x4.shl
        i32x4.add
        local.get $41
        i32.const 1036
        v128.load32_splat
        f32x4.ge
        v128.and
        local.set $21
        local.get $0
        local.get $6
        i32.add
        local.get $37
        local.get $38
        local.get $39
        local.get $42
        local.get $42
        local.get $21
        f32x4.add
        f32x4.div
        local.tee $41
        local.get $21
        local.get $41
        f32x4.mul
        local.get $40
        i32.const 1024
        v128.load32_splat
        f32x4.ge
        v128.bitselect
        local.tee $21
        local.get $0
        local.get $33
        i32.add
        v128.load
        local.get $36
        i32x4.eq
        local.get $29
        v128.and
        local.tee $40
        f32x4.lt
        v128.bitselect
        local.get $21
        local.get $40
        f32x4.gt
        v128.bitselect
        local.get $21
        f32x4.mul
        local.get $29
        local.get $21
        f32x4.sub
        f32x4.mul
        local.get $31
        f32x4.mul
        local.get $35
        f32x4.mul
        local.get $0
        local.get $11
        i32.add
        v128.load
        v128.and
        v128.store
        local.get $0
        i32.const 16
        i32.add
        local.set $0
        br $for-loop|8
       end
      end
      local.get $5
      local.get $23
      i32.add
      local.set $5
      local.get $6
      local.get $24
      i32.add
      local.set $6
      local.get $3
      local.get $26
      i32.add
      local.set $3
      local.get $1
      i32.const 12
      i32.add
      local.set $1
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|7
     end
    end
    local.get $7
    i32.const -64
    i32.sub
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradProbsSoftN2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 v128)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  (local $32 v128)
  local.get $0
  local.set $17
  local.get $2
  local.set $16
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $30
  local.get $11
  i32.const 2
  i32.shl
  local.set $23
  loop $for-loop|0
   local.get $23
   local.get $29
   i32.gt_u
   if
    local.get $29
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $19
    i32.const 1064
    v128.load32_splat
    local.set $18
    local.get $7
    if
     local.get $0
     local.get $7
     i32.add
     v128.load
     local.get $19
     i8x16.eq
     v128.not
     local.set $18
    end
    local.get $18
    i16x8.extend_low_i8x16_s
    local.set $25
    local.get $18
    i16x8.extend_high_i8x16_s
    local.set $24
    local.get $19
    local.tee $18
    local.set $31
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $6
     i32.add
     v128.load
     local.tee $20
     i16x8.extend_low_i8x16_u
     local.tee $18
     i32x4.extend_low_i16x8_u
     local.set $19
     local.get $18
     i32x4.extend_high_i16x8_u
     local.set $18
     local.get $20
     i16x8.extend_high_i8x16_u
     local.tee $20
     i32x4.extend_low_i16x8_u
     local.set $31
     local.get $20
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $6
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $2
      v128.load
      local.tee $18
      i32x4.extend_low_i16x8_u
      local.set $19
      local.get $18
      i32x4.extend_high_i16x8_u
      local.set $18
      local.get $2
      v128.load offset=16
      local.tee $20
      i32x4.extend_low_i16x8_u
      local.set $31
      local.get $20
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $6
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $2
       v128.load
       local.set $19
       local.get $2
       v128.load offset=16
       local.set $18
       local.get $2
       v128.load offset=32
       local.set $31
       local.get $2
       v128.load offset=48
      else
       local.get $31
      end
     end
    end
    local.set $21
    local.get $25
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $20
    i32.const 1024
    v128.load32_splat
    local.set $32
    local.get $12
    i32.const 0
    i32.ne
    local.tee $2
    if
     local.get $20
     local.get $19
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $19
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $32
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $20
    end
    local.get $30
    local.get $19
    i32.const 1064
    v128.load32_splat
    local.get $20
    v128.bitselect
    v128.store
    local.get $30
    local.get $20
    v128.store offset=256
    local.get $25
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $19
    i32.const 1024
    v128.load32_splat
    local.set $20
    local.get $2
    if
     local.get $19
     local.get $18
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $18
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $20
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $19
    end
    local.get $30
    local.get $18
    i32.const 1064
    v128.load32_splat
    local.get $19
    v128.bitselect
    v128.store offset=16
    local.get $30
    local.get $19
    v128.store offset=272
    local.get $24
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $2
    if
     local.get $18
     local.get $31
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $31
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $30
    local.get $31
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=32
    local.get $30
    local.get $18
    v128.store offset=288
    local.get $24
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $18
    i32.const 1024
    v128.load32_splat
    local.set $19
    local.get $2
    if
     local.get $18
     local.get $21
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $21
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $19
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $18
    end
    local.get $30
    local.get $21
    i32.const 1064
    v128.load32_splat
    local.get $18
    v128.bitselect
    v128.store offset=48
    local.get $30
    local.get $18
    v128.store offset=304
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    i32.const 256
    i32.add
    local.set $22
    i32.const 1028
    v128.load32_splat
    drop
    local.get $17
    local.get $29
    i32.add
    local.set $28
    local.get $16
    local.get $29
    i32.add
    local.set $27
    local.get $4
    local.get $29
    i32.add
    local.set $2
    local.get $15
    local.set $11
    i32.const 0
    local.set $26
    loop $for-loop|7
     local.get $9
     local.get $26
     i32.gt_s
     if
      local.get $11
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $18
      local.get $11
      v128.load32_splat
      local.set $19
      i32.const 0
      local.set $0
      loop $for-loop|8
       local.get $0
       i32.const 64
       i32.lt_u
       if
        local.get $0
        local.get $27
        i32.add
        local.get $19
        local.get $0
        local.get $28
        i32.add
        v128.load
        f32x4.mul
        local.get $18
        local.get $0
        local.get $2
        i32.add
        v128.load
        f32x4.mul
        f32x4.add
        local.get $0
        local.get $22
        i32.add
        v128.load
        v128.and
        v128.store
        local.get $0
        i32.const 16
        i32.add
        local.set $0
        br $for-loop|8
       end
      end
      local.get $1
      local.get $28
      i32.add
      local.set $28
      local.get $3
      local.get $27
      i32.add
      local.set $27
      local.get $2
      local.get $5
      i32.add
      local.set $2
      local.get $11
      i32.const 12
      i32.add
      local.set $11
      local.get $26
      i32.const 1
      i32.add
      local.set $26
      br $for-loop|7
     end
    end
    local.get $29
    i32.const -64
    i32.sub
    local.set $29
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradProbsSoftN1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 v128)
  (local $28 i32)
  (local $29 v128)
  (local $30 i32)
  (local $31 v128)
  (local $32 v128)
  local.get $0
  local.set $18
  local.get $2
  local.set $19
  local.get $4
  local.set $20
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $23
  local.get $11
  i32.const 2
  i32.shl
  local.set $28
  loop $for-loop|0
   local.get $24
   local.get $28
   i32.lt_u
   if
    local.get $24
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $16
    i32.const 1064
    v128.load32_splat
    local.set $17
    local.get $7
    if
     local.get $0
     local.get $7
     i32.add
     v128.load
     local.get $16
     i8x16.eq
     v128.not
     local.set $17
    end
    local.get $17
    i16x8.extend_low_i8x16_s
    local.set $32
    local.get $17
    i16x8.extend_high_i8x16_s
    local.set $27
    local.get $16
    local.tee $17
    local.set $22
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $6
     i32.add
     v128.load
     local.tee $17
     i16x8.extend_low_i8x16_u
     local.tee $21
     i32x4.extend_low_i16x8_u
     local.set $16
     local.get $17
     i16x8.extend_high_i8x16_u
     local.tee $22
     i32x4.extend_low_i16x8_u
     local.set $17
     local.get $22
     i32x4.extend_high_i16x8_u
     local.set $22
     local.get $21
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $6
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $2
      v128.load
      local.tee $21
      i32x4.extend_low_i16x8_u
      local.set $16
      local.get $2
      v128.load offset=16
      local.tee $22
      i32x4.extend_low_i16x8_u
      local.set $17
      local.get $22
      i32x4.extend_high_i16x8_u
      local.set $22
      local.get $21
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $6
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $2
       v128.load
       local.set $16
       local.get $2
       v128.load offset=32
       local.set $17
       local.get $2
       v128.load offset=48
       local.set $22
       local.get $2
       v128.load offset=16
      else
       local.get $22
      end
     end
    end
    local.set $31
    local.get $32
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $21
    i32.const 1024
    v128.load32_splat
    local.set $29
    local.get $12
    i32.const 0
    i32.ne
    local.tee $2
    if
     local.get $21
     local.get $16
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $16
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $29
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $21
    end
    local.get $23
    local.get $16
    i32.const 1064
    v128.load32_splat
    local.get $21
    v128.bitselect
    v128.store
    local.get $23
    local.get $21
    v128.store offset=256
    local.get $32
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $16
    i32.const 1024
    v128.load32_splat
    local.set $21
    local.get $2
    if
     local.get $16
     local.get $31
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $31
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $21
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $16
    end
    local.get $23
    local.get $31
    i32.const 1064
    v128.load32_splat
    local.get $16
    v128.bitselect
    v128.store offset=16
    local.get $23
    local.get $16
    v128.store offset=272
    local.get $27
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $16
    i32.const 1024
    v128.load32_splat
    local.set $21
    local.get $2
    if
     local.get $16
     local.get $17
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $17
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $21
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $16
    end
    local.get $23
    local.get $17
    i32.const 1064
    v128.load32_splat
    local.get $16
    v128.bitselect
    v128.store offset=32
    local.get $23
    local.get $16
    v128.store offset=288
    local.get $27
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $16
    i32.const 1024
    v128.load32_splat
    local.set $17
    local.get $2
    if
     local.get $16
     local.get $22
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $22
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $17
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $16
    end
    local.get $23
    local.get $22
    i32.const 1064
    v128.load32_splat
    local.get $16
    v128.bitselect
    v128.store offset=48
    local.get $23
    local.get $16
    v128.store offset=304
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    i32.const 256
    i32.add
    local.set $30
    i32.const 1028
    v128.load32_splat
    drop
    local.get $18
    local.get $24
    i32.add
    local.set $11
    local.get $19
    local.get $24
    i32.add
    local.set $25
    local.get $20
    local.get $24
    i32.add
    local.set $4
    local.get $15
    local.set $2
    i32.const 0
    local.set $26
    loop $for-loop|7
     local.get $9
     local.get $26
     i32.gt_s
     if
      local.get $2
      v128.load32_splat
      local.set $16
      local.get $2
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $17
      local.get $2
      i32.const 8
      i32.add
      v128.load32_splat
      local.set $21
      i32.const 0
      local.set $0
      loop $for-loop|8
       local.get $0
       i32.const 64
       i32.lt_u
       if
        local.get $0
        local.get $25
        i32.add
        local.get $16
        local.get $17
        local.get $21
        local.get $0
        local.get $11
        i32.add
        v128.load
        local.tee $22
        local.get $0
        local.get $4
        i32.add
        v128.load
        local.tee $27
        f32x4.lt
        v128.bitselect
        local.get $22
        local.get $27
        f32x4.gt
        v128.bitselect
        local.get $0
        local.get $30
        i32.add
        v128.load
        v128.and
        v128.store
        local.get $0
        i32.const 16
        i32.add
        local.set $0
        br $for-loop|8
       end
      end
      local.get $1
      local.get $11
      i32.add
      local.set $11
      local.get $3
      local.get $25
      i32.add
      local.set $25
      local.get $4
      local.get $5
      i32.add
      local.set $4
      local.get $2
      i32.const 12
      i32.add
      local.set $2
      local.get $26
      i32.const 1
      i32.add
      local.set $26
      br $for-loop|7
     end
    end
    local.get $24
    i32.const -64
    i32.sub
    local.set $24
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradProbsHardN2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 v128)
  (local $33 v128)
  local.get $0
  local.set $18
  local.get $2
  local.set $19
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $22
  local.get $11
  i32.const 2
  i32.shl
  local.set $29
  loop $for-loop|0
   local.get $23
   local.get $29
   i32.lt_u
   if
    local.get $23
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $16
    i32.const 1064
    v128.load32_splat
    local.set $17
    local.get $7
    if
     local.get $0
     local.get $7
     i32.add
     v128.load
     local.get $16
     i8x16.eq
     v128.not
     local.set $17
    end
    local.get $17
    i16x8.extend_low_i8x16_s
    local.set $27
    local.get $17
    i16x8.extend_high_i8x16_s
    local.set $28
    local.get $16
    local.tee $17
    local.set $21
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $6
     i32.add
     v128.load
     local.tee $20
     i16x8.extend_low_i8x16_u
     local.tee $17
     i32x4.extend_low_i16x8_u
     local.set $16
     local.get $17
     i32x4.extend_high_i16x8_u
     local.set $17
     local.get $20
     i16x8.extend_high_i8x16_u
     local.tee $20
     i32x4.extend_low_i16x8_u
     local.set $21
     local.get $20
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $6
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $2
      v128.load
      local.tee $17
      i32x4.extend_low_i16x8_u
      local.set $16
      local.get $17
      i32x4.extend_high_i16x8_u
      local.set $17
      local.get $2
      v128.load offset=16
      local.tee $20
      i32x4.extend_low_i16x8_u
      local.set $21
      local.get $20
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $6
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $2
       v128.load
       local.set $16
       local.get $2
       v128.load offset=16
       local.set $17
       local.get $2
       v128.load offset=32
       local.set $21
       local.get $2
       v128.load offset=48
      else
       local.get $21
      end
     end
    end
    local.set $32
    local.get $27
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $20
    i32.const 1024
    v128.load32_splat
    local.set $33
    local.get $12
    i32.const 0
    i32.ne
    local.tee $2
    if
     local.get $20
     local.get $16
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $16
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $33
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $20
    end
    local.get $22
    local.get $16
    i32.const 1064
    v128.load32_splat
    local.get $20
    v128.bitselect
    v128.store
    local.get $22
    local.get $20
    v128.store offset=256
    local.get $27
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $16
    i32.const 1024
    v128.load32_splat
    local.set $20
    local.get $2
    if
     local.get $16
     local.get $17
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $17
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $20
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $16
    end
    local.get $22
    local.get $17
    i32.const 1064
    v128.load32_splat
    local.get $16
    v128.bitselect
    v128.store offset=16
    local.get $22
    local.get $16
    v128.store offset=272
    local.get $28
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $16
    i32.const 1024
    v128.load32_splat
    local.set $17
    local.get $2
    if
     local.get $16
     local.get $21
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $21
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $17
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $16
    end
    local.get $22
    local.get $21
    i32.const 1064
    v128.load32_splat
    local.get $16
    v128.bitselect
    v128.store offset=32
    local.get $22
    local.get $16
    v128.store offset=288
    local.get $28
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $16
    i32.const 1024
    v128.load32_splat
    local.set $17
    local.get $2
    if
     local.get $16
     local.get $32
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $32
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $17
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $16
    end
    local.get $22
    local.get $32
    i32.const 1064
    v128.load32_splat
    local.get $16
    v128.bitselect
    v128.store offset=48
    local.get $22
    local.get $16
    v128.store offset=304
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    local.tee $30
    i32.const 256
    i32.add
    local.set $31
    i32.const 1028
    v128.load32_splat
    local.set $16
    local.get $18
    local.get $23
    i32.add
    local.set $25
    local.get $19
    local.get $23
    i32.add
    local.set $26
    local.get $4
    local.get $23
    i32.add
    local.set $2
    local.get $15
    local.set $11
    i32.const 0
    local.set $24
    loop $for-loop|7
     local.get $9
     local.get $24
     i32.gt_s
     if
      local.get $24
      i32x4.splat
      local.set $17
      local.get $11
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $20
      local.get $11
      v128.load32_splat
      local.set $21
      i32.const 0
      local.set $0
      loop $for-loop|8
       local.get $0
       i32.const 64
       i32.lt_u
       if
        local.get $0
        local.get $26
        i32.add
        local.get $21
        local.get $0
        local.get $25
        i32.add
        v128.load
        f32x4.mul
        local.get $20
        local.get $0
        local.get $30
        i32.add
        v128.load
        local.get $17
        i32x4.eq
        local.get $16
        v128.and
        f32x4.mul
        f32x4.add
        local.get $0
        local.get $31
        i32.add
        v128.load
        v128.and
        v128.store
        local.get $0
        i32.const 16
        i32.add
        local.set $0
        br $for-loop|8
       end
      end
      local.get $1
      local.get $25
      i32.add
      local.set $25
      local.get $3
      local.get $26
      i32.add
      local.set $26
      local.get $2
      local.get $5
      i32.add
      local.set $2
      local.get $11
      i32.const 12
      i32.add
      local.set $11
      local.get $24
      i32.const 1
      i32.add
      local.set $24
      br $for-loop|7
     end
    end
    local.get $23
    i32.const -64
    i32.sub
    local.set $23
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/gradProbsHardN1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  local.get $0
  local.set $18
  local.get $2
  local.set $19
  local.get $4
  local.set $20
  local.get $8
  local.get $9
  i32.const 352
  i32.mul
  i32.add
  local.set $23
  local.get $11
  i32.const 2
  i32.shl
  local.set $27
  loop $for-loop|0
   local.get $24
   local.get $27
   i32.lt_u
   if
    local.get $24
    i32.const 2
    i32.shr_u
    local.set $0
    i32.const 1024
    v128.load32_splat
    local.set $16
    i32.const 1064
    v128.load32_splat
    local.set $17
    local.get $7
    if
     local.get $0
     local.get $7
     i32.add
     v128.load
     local.get $16
     i8x16.eq
     v128.not
     local.set $17
    end
    local.get $17
    i16x8.extend_low_i8x16_s
    local.set $31
    local.get $17
    i16x8.extend_high_i8x16_s
    local.set $32
    local.get $16
    local.tee $17
    local.set $22
    local.get $12
    i32.const 1
    i32.eq
    if (result v128)
     local.get $0
     local.get $6
     i32.add
     v128.load
     local.tee $17
     i16x8.extend_low_i8x16_u
     local.tee $21
     i32x4.extend_low_i16x8_u
     local.set $16
     local.get $17
     i16x8.extend_high_i8x16_u
     local.tee $22
     i32x4.extend_low_i16x8_u
     local.set $17
     local.get $22
     i32x4.extend_high_i16x8_u
     local.set $22
     local.get $21
     i32x4.extend_high_i16x8_u
    else
     local.get $12
     i32.const 2
     i32.eq
     if (result v128)
      local.get $6
      local.get $0
      i32.const 1
      i32.shl
      i32.add
      local.tee $2
      v128.load
      local.tee $21
      i32x4.extend_low_i16x8_u
      local.set $16
      local.get $2
      v128.load offset=16
      local.tee $22
      i32x4.extend_low_i16x8_u
      local.set $17
      local.get $22
      i32x4.extend_high_i16x8_u
      local.set $22
      local.get $21
      i32x4.extend_high_i16x8_u
     else
      local.get $12
      if (result v128)
       local.get $6
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $2
       v128.load
       local.set $16
       local.get $2
       v128.load offset=32
       local.set $17
       local.get $2
       v128.load offset=48
       local.set $22
       local.get $2
       v128.load offset=16
      else
       local.get $22
      end
     end
    end
    local.set $30
    local.get $31
    i32x4.extend_low_i16x8_s
    local.get $0
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $21
    i32.const 1024
    v128.load32_splat
    local.set $33
    local.get $12
    i32.const 0
    i32.ne
    local.tee $2
    if
     local.get $21
     local.get $16
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $16
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $33
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $21
    end
    local.get $23
    local.get $16
    i32.const 1064
    v128.load32_splat
    local.get $21
    v128.bitselect
    v128.store
    local.get $23
    local.get $21
    v128.store offset=256
    local.get $31
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 4
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $16
    i32.const 1024
    v128.load32_splat
    local.set $21
    local.get $2
    if
     local.get $16
     local.get $30
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $30
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $21
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $16
    end
    local.get $23
    local.get $30
    i32.const 1064
    v128.load32_splat
    local.get $16
    v128.bitselect
    v128.store offset=16
    local.get $23
    local.get $16
    v128.store offset=272
    local.get $32
    i32x4.extend_low_i16x8_s
    local.get $0
    i32.const 8
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $16
    i32.const 1024
    v128.load32_splat
    local.set $21
    local.get $2
    if
     local.get $16
     local.get $17
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $17
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $21
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $16
    end
    local.get $23
    local.get $17
    i32.const 1064
    v128.load32_splat
    local.get $16
    v128.bitselect
    v128.store offset=32
    local.get $23
    local.get $16
    v128.store offset=288
    local.get $32
    i32x4.extend_high_i16x8_s
    local.get $0
    i32.const 12
    i32.add
    i32x4.splat
    i32.const 1088
    v128.load
    i32x4.add
    local.get $10
    i32x4.splat
    i32x4.lt_s
    v128.and
    local.set $16
    i32.const 1024
    v128.load32_splat
    local.set $17
    local.get $2
    if
     local.get $16
     local.get $22
     local.get $9
     i32x4.splat
     i32x4.lt_u
     local.get $22
     local.get $13
     i32x4.splat
     i32x4.eq
     local.get $17
     local.get $14
     select
     v128.andnot
     v128.and
     local.set $16
    end
    local.get $23
    local.get $22
    i32.const 1064
    v128.load32_splat
    local.get $16
    v128.bitselect
    v128.store offset=48
    local.get $23
    local.get $16
    v128.store offset=304
    local.get $8
    local.get $9
    i32.const 352
    i32.mul
    i32.add
    local.tee $28
    i32.const 256
    i32.add
    local.set $29
    i32.const 1028
    v128.load32_splat
    local.set $16
    local.get $18
    local.get $24
    i32.add
    local.set $25
    local.get $19
    local.get $24
    i32.add
    local.set $26
    local.get $20
    local.get $24
    i32.add
    local.set $4
    local.get $15
    local.set $2
    i32.const 0
    local.set $11
    loop $for-loop|7
     local.get $9
     local.get $11
     i32.gt_s
     if
      local.get $11
      i32x4.splat
      local.set $17
      local.get $2
      v128.load32_splat
      local.set $21
      local.get $2
      i32.const 4
      i32.add
      v128.load32_splat
      local.set $22
      local.get $2
      i32.const 8
      i32.add
      v128.load32_splat
      local.set $30
      i32.const 0
      local.set $0
      loop $for-loop|8
       local.get $0
       i32.const 64
       i32.lt_u
       if
        local.get $0
        local.get $26
        i32.add
        local.get $21
        local.get $22
        local.get $30
        local.get $0
        local.get $25
        i32.add
        v128.load
        local.tee $31
        local.get $0
        local.get $28
        i32.add
        v128.load
        local.get $17
        i32x4.eq
        local.get $16
        v128.and
        local.tee $32
        f32x4.lt
        v128.bitselect
        local.get $31
        local.get $32
        f32x4.gt
        v128.bitselect
        local.get $0
        local.get $29
        i32.add
        v128.load
        v128.and
        v128.store
        local.get $0
        i32.const 16
        i32.add
        local.set $0
        br $for-loop|8
       end
      end
      local.get $1
      local.get $25
      i32.add
      local.set $25
      local.get $3
      local.get $26
      i32.add
      local.set $26
      local.get $4
      local.get $5
      i32.add
      local.set $4
      local.get $2
      i32.const 12
      i32.add
      local.set $2
      local.get $11
      i32.const 1
      i32.add
      local.set $11
      br $for-loop|7
     end
    end
    local.get $24
    i32.const -64
    i32.sub
    local.set $24
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
    f32x4.mul
    local.get $13
    f32x4.add
    local.get $4
    f32x4.mul
    local.get $12
    f32x4.add
    local.get $4
    f32x4.mul
    local.get $11
    f32x4.add
    local.get $4
    f32x4.mul
    local.get $10
    f32x4.add
    local.get $4
    f32x4.mul
    local.get $9
    f32x4.add
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
)
